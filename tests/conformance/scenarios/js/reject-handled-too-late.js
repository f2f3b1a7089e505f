// A rejection handled only in a 60 ms timer is reported at the end of the first loop turn; that timer never runs, exit 1.
const p = Promise.reject(new Error("handled too late"));
setTimeout(() => {
  console.log("never: too late to handle");
  p.catch(() => {});
}, 60);
console.log("end of script");
