// An uncaught InvalidCharacterError from atob, thrown in a timer.
setTimeout(() => {
  console.log(atob("aGk="));
  atob("###");
}, 1);
