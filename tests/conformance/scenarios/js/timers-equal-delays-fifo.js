// Timers with equal delays fire in insertion order (FIFO), for several delay values scheduled interleaved.
for (let i = 1; i <= 5; i++) {
  setTimeout(() => console.log("20ms #" + i), 20);
  setTimeout(() => console.log("60ms #" + i), 60);
}
for (let i = 1; i <= 5; i++) setTimeout(() => console.log("1ms #" + i), 1);
