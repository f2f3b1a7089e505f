// A WebIDL "argument required" TypeError (with its code property), uncaught.
console.log(btoa("ok"));
btoa();
