// a deliberate mistake on line 3

const n: number = 'x';
console.log(n);
