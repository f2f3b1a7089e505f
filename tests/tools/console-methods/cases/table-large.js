const rows = [];
for (let i = 0; i < 150; i++) rows.push({ id: i, name: "row" + i, even: i % 2 === 0, score: (i * 7) % 13 - 6 });
console.table(rows);
console.table(Array.from({ length: 120 }, (_, i) => i * i));
const wide = {};
for (let i = 0; i < 40; i++) wide["col" + i] = i;
console.table([wide]);
