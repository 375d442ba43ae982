export const accounts = { title: '' };
