// An uncaught Error carrying extra own properties (code, nested object) thrown from a timer: does the report print them, exit 1.
setTimeout(() => {
  const e = new Error("with extra props");
  e.code = "E_EXTRA";
  e.details = { retry: false, attempts: [1, 2] };
  throw e;
}, 1);
