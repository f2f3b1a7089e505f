// An unhandledrejection listener that itself throws: which error is reported and the exit code.
const log = (s) => console.log(s);
globalThis.addEventListener("unhandledrejection", (e) => {
  log("listener throws");
  e.preventDefault();
  throw new Error("thrown inside the listener");
});
Promise.reject(new Error("original rejection"));
setTimeout(() => log("timer after listener"), 20);
