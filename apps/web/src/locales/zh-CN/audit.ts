export const audit = { title: '' };
