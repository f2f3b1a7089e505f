let count = 0;
const id = setInterval(() => {
  count++;
  console.log("tick", count);
  if (count === 3) clearInterval(id);
}, 5);
setTimeout(() => console.log("done", count), 1000);
