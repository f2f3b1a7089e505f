// Throwing null from a timer callback: "error: Uncaught null", exit 1.
setTimeout(() => {
  console.log("throwing null");
  throw null;
}, 1);
