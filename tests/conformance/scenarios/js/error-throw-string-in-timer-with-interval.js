// An interval runs a few times then a timeout throws a plain string; output shows the uncaught string form and the interval stops.
const log = (s) => console.log(s);
let n = 0;
setInterval(() => log("interval " + ++n), 20);
setTimeout(() => { log("throwing a string"); throw "plain string failure"; }, 70);
