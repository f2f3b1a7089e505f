// Built-ins that Deno 2.9's V8 has and V8 10.2 lacks, written for loopscope (see
// tests/tools/builtins). The whole text is one function expression, run once per isolate
// before the script.
(function (global) {
  "use strict";
})
