import './wrong.js';
export const ok: string = 'fine';
