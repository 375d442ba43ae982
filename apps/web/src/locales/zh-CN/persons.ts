export const persons = { title: '' };
