<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/runtime/profile.cpp" line="17"/>
        <source>an FFI middleware and one global ref counter: a ref&apos;ed callback spins the loop at 100 % CPU</source>
        <translation>eine FFI-Middleware und ein globaler ref-Zähler: Ein per ref() referenzierter Callback lässt die Loop bei 100 % CPU im Kreis drehen</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="18"/>
        <source>Callbacks called from other threads go through an event-loop middleware that Deno polls once per loop turn, and ref()/unref() move one counter shared by all callbacks. While that counter is above zero the middleware reports work every time, so the loop re-polls at once: the engine thread spins at 100 % CPU and the process never exits. A foreign call wakes nothing; the spinning loop picks it up, otherwise it waits until something else (a timer) polls the loop. Queued calls run newest first. ref() and unref() return undefined and there is no UnsafeCallback.threadSafe(). Web timers; microtasks run whenever the JavaScript stack empties (V8&apos;s automatic policy).</source>
        <translation>Aufrufe von Callbacks aus anderen Threads laufen über eine Event-Loop-Middleware, die Deno einmal pro Iteration der Loop pollt, und ref()/unref() bewegen einen einzigen Zähler, den sich alle Callbacks teilen. Solange dieser Zähler über null liegt, meldet die Middleware jedes Mal Arbeit, also pollt die Loop sofort erneut: Der Engine-Thread dreht sich bei 100 % CPU im Kreis, und der Prozess endet nie. Ein Fremdaufruf weckt nichts; die kreisende Loop greift ihn auf, sonst wartet er, bis etwas anderes (ein Timer) die Loop pollt. Eingereihte Aufrufe laufen, der neueste zuerst. ref() und unref() geben undefined zurück, und UnsafeCallback.threadSafe() gibt es nicht. Web-Timer; Microtasks laufen, sobald der JavaScript-Stack leer wird (V8s automatische Policy).</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="33"/>
        <source>ref() makes a cancelable op: after unref() a callback can no longer wake the loop or keep it alive</source>
        <translation>ref() erzeugt eine abbrechbare Op: Nach unref() kann ein Callback die Loop weder wecken noch am Leben halten</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="34"/>
        <source>ref() starts an async op whose waker lets a foreign call wake the loop, and unref() cancels that op for good. A callback that was never ref&apos;ed cannot wake the loop. After unref(), a new ref() makes an op that resolves at once: the callback neither keeps the process alive nor wakes it, so a call from a thread is served only when something else wakes the loop; otherwise the run exits under the waiting thread, or hangs at 0 % CPU (fixed in 1.31.0). Queued calls run newest first, after the timers. ref() and unref() return the new count; there is no UnsafeCallback.threadSafe(). Web timers; automatic microtasks.</source>
        <translation>ref() startet eine asynchrone Op, deren Waker einen Fremdaufruf die Loop wecken lässt, und unref() bricht diese Op endgültig ab. Ein Callback, der nie per ref() referenziert wurde, kann die Loop nicht wecken. Nach unref() erzeugt ein neues ref() eine Op, die sofort erfüllt ist: Der Callback hält den Prozess weder am Leben noch weckt er ihn, also wird ein Aufruf aus einem Thread erst bedient, wenn etwas anderes die Loop weckt; sonst endet der Lauf unter dem wartenden Thread, oder er hängt bei 0 % CPU (behoben in 1.31.0). Eingereihte Aufrufe laufen nach den Timern, der neueste zuerst. ref() und unref() geben den neuen Zählerstand zurück; UnsafeCallback.threadSafe() gibt es nicht. Web-Timer; automatische Microtasks.</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="47"/>
        <source>ref()/unref() toggle one op; a callback that was never ref&apos;ed still cannot wake the loop</source>
        <translation>ref()/unref() schalten eine einzige Op um; ein nie per ref() referenzierter Callback kann die Loop weiterhin nicht wecken</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="48"/>
        <source>ref() and unref() ref and unref the same op and return the new count, and UnsafeCallback.threadSafe() exists. A callback that was ref&apos;ed once wakes the loop from then on, even after unref(); one that was never ref&apos;ed still does not, so its calls from threads wait until something else wakes the loop. The middleware runs queued calls once per loop turn, after the timers, newest first. Web timers; automatic microtasks.</source>
        <translation>ref() und unref() referenzieren und dereferenzieren dieselbe Op und geben den neuen Zählerstand zurück, und UnsafeCallback.threadSafe() gibt es. Ein Callback, der einmal per ref() referenziert wurde, weckt die Loop von da an, auch nach unref(); einer, der es nie wurde, weckt sie weiterhin nicht, also warten seine Aufrufe aus Threads, bis etwas anderes die Loop weckt. Die Middleware führt eingereihte Aufrufe einmal pro Iteration aus, nach den Timern, den neuesten zuerst. Web-Timer; automatische Microtasks.</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="59"/>
        <source>every callback wakes the loop; the middleware still runs after the timers</source>
        <translation>jeder Callback weckt die Loop; die Middleware läuft weiterhin nach den Timern</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="60"/>
        <source>Every callback wakes the loop when a thread calls it, ref&apos;ed or not: the callbacks share the runtime&apos;s waker. ref() only decides whether the callback keeps the process alive. The middleware still serves foreign calls once per loop turn, after the timers and op results, oldest first (1.34.2 and 1.35 ran them newest first); queued calls alone do not keep the loop alive. Web timers; automatic microtasks.</source>
        <translation>Jeder Callback weckt die Loop, wenn ein Thread ihn aufruft, ob per ref() referenziert oder nicht: Die Callbacks teilen sich den Waker der Runtime. ref() entscheidet nur, ob der Callback den Prozess am Leben hält. Die Middleware bedient Fremdaufrufe weiterhin einmal pro Iteration, nach den Timern und den Ergebnissen der Ops, den ältesten zuerst (1.34.2 und 1.35 führten den neuesten zuerst aus); eingereihte Aufrufe allein halten die Loop nicht am Leben. Web-Timer; automatische Microtasks.</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="70"/>
        <source>the task spawner with V8&apos;s automatic microtask policy</source>
        <translation>der Task-Spawner mit V8s automatischer Microtask-Policy</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="71"/>
        <source>Foreign calls go through V8&apos;s cross-thread task spawner: they run in their own phase before the timers, up to three batches per loop turn, and queued calls keep the loop alive. Microtasks follow V8&apos;s automatic policy: they run whenever the JavaScript stack empties, so an interrupt-handler callback drains them as it returns, and a timer&apos;s or callback&apos;s microtasks run as soon as it returns. Web timers (a number id, 0 ms allowed) next to Node&apos;s setImmediate, process and nextTick.</source>
        <translation>Fremdaufrufe laufen über V8s threadübergreifenden Task-Spawner: Sie laufen in einer eigenen Phase vor den Timern, bis zu drei Schübe pro Iteration, und eingereihte Aufrufe halten die Loop am Leben. Microtasks folgen V8s automatischer Policy: Sie laufen, sobald der JavaScript-Stack leer wird, also arbeitet ein Interrupt-Handler-Callback sie ab, wenn er zurückkehrt, und die Microtasks eines Timers oder Callbacks laufen, sobald er zurückkehrt. Web-Timer (eine Zahl als ID, 0 ms erlaubt) neben Nodes setImmediate, process und nextTick.</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="82"/>
        <source>V8&apos;s explicit microtask policy: microtasks run only at Deno&apos;s checkpoints</source>
        <translation>V8s explizite Microtask-Policy: Microtasks laufen nur an Denos Checkpoints</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="83"/>
        <source>Microtasks run only at Deno&apos;s explicit checkpoints (the policy changed in 2.7.5 for the order of process.nextTick). A thread-safe callback still drains them before its thread is released, but an interrupt-handler callback no longer does: its microtasks wait until something else wakes the loop. The timer and process globals are loaded at start-up, so reading them never runs microtasks.</source>
        <translation>Microtasks laufen nur an Denos expliziten Checkpoints (die Policy änderte sich in 2.7.5 wegen der Reihenfolge von process.nextTick). Ein threadsicherer Callback arbeitet sie weiterhin ab, bevor sein Thread freigegeben wird, ein Interrupt-Handler-Callback aber nicht mehr: Seine Microtasks warten, bis etwas anderes die Loop weckt. Die Timer-Globals und process werden beim Start geladen, also lässt ihr Lesen nie Microtasks laufen.</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="93"/>
        <source>today&apos;s Deno (the default)</source>
        <translation>das heutige Deno (die Voreinstellung)</translation>
    </message>
    <message>
        <location filename="../core/runtime/profile.cpp" line="94"/>
        <source>Today&apos;s Deno, and the default. As deno-2.8, but setTimeout, setInterval, setImmediate, their clear functions and process are loaded lazily: the first read of one of them outside top-level evaluation and outside a microtask runs a microtask checkpoint, so a microtask queued just before it in a callback runs at that read.</source>
        <translation>Das heutige Deno und die Voreinstellung. Wie deno-2.8, aber setTimeout, setInterval, setImmediate, ihre clear-Funktionen und process werden erst bei Bedarf geladen: Das erste Lesen eines davon außerhalb der Top-Level-Auswertung und außerhalb einer Microtask lässt einen Microtask-Checkpoint laufen, also läuft eine Microtask, die kurz davor in einem Callback eingereiht wurde, bei diesem Lesen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/progress.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../core/trace/replay.cpp" line="51"/>
        <source>callback #%1 (%2) is ref&apos;ed (count %3)</source>
        <translation>Callback #%1 (%2) ist per ref() referenziert (Zähler %3)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="58"/>
        <source>%1 timer(s) pending, the next due at %2</source>
        <translation>%1 Timer ausstehend, der nächste fällig bei %2</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="66"/>
        <source>%1 foreign call(s) queued in the inbox</source>
        <translation>%1 Fremdaufruf(e) im Eingang eingereiht</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="68"/>
        <source>%1 nonblocking call(s) in flight</source>
        <translation>%1 nicht blockierende(r) Aufruf(e) in Ausführung</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="70"/>
        <source>%1 microtask(s) queued</source>
        <translation>%1 Microtask(s) eingereiht</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="292"/>
        <source>synchronous</source>
        <translation>synchron</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="293"/>
        <source>thread-safe</source>
        <translation>threadsicher</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="294"/>
        <source>interrupt</source>
        <translation>Interrupt</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="299"/>
        <source>a timer was due</source>
        <translation>ein Timer war fällig</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="300"/>
        <source>a native thread called a callback</source>
        <translation>ein nativer Thread rief einen Callback auf</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="301"/>
        <source>a nonblocking call finished</source>
        <translation>ein nicht blockierender Aufruf wurde fertig</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="302"/>
        <source>a signal</source>
        <translation>ein Signal</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="303"/>
        <source>the run was stopped</source>
        <translation>der Lauf wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="304"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="309"/>
        <source>start of an iteration</source>
        <translation>Beginn einer Iteration</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="310"/>
        <source>module progress (2)</source>
        <translation>Modulfortschritt (2)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="311"/>
        <source>foreign calls (2a)</source>
        <translation>Fremdaufrufe (2a)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="312"/>
        <source>timers (2b)</source>
        <translation>Timer (2b)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="313"/>
        <source>completed calls (2b&apos;)</source>
        <translation>abgeschlossene Aufrufe (2b&apos;)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="314"/>
        <source>handled rejections (2c)</source>
        <translation>behandelte Promise-Rejections (2c)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="315"/>
        <source>ticks and microtasks (2d)</source>
        <translation>Ticks und Microtasks (2d)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="316"/>
        <source>unhandled rejections (2e)</source>
        <translation>unbehandelte Promise-Rejections (2e)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="317"/>
        <source>immediates (5)</source>
        <translation>Immediates (5)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="318"/>
        <source>end of an iteration</source>
        <translation>Ende einer Iteration</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="322"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="322"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="325"/>
        <source>queueMicrotask</source>
        <translation>queueMicrotask</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="326"/>
        <source>promise reaction</source>
        <translation>Promise-Reaktion</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="327"/>
        <source>await</source>
        <translation>await</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="328"/>
        <source>thenable</source>
        <translation>Thenable</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="329"/>
        <source>process.nextTick</source>
        <translation>process.nextTick</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="334"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="335"/>
        <source>likely deadlock</source>
        <translation>wahrscheinlicher Deadlock</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="336"/>
        <source>call after close</source>
        <translation>Aufruf nach dem Schließen</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="337"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="338"/>
        <source>hang</source>
        <translation>Hänger</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="343"/>
        <source>spinning</source>
        <translation>Spinning</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="354"/>
        <source>spinning: a ref&apos;ed callback makes the loop re-poll at once (deno-1.26)</source>
        <translation>Spinning: Ein per ref() referenzierter Callback lässt die Loop sofort erneut pollen (deno-1.26)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="360"/>
        <source>the run has ended</source>
        <translation>der Lauf ist beendet</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="364"/>
        <source>parked (idle)</source>
        <translation>ruht (Leerlauf)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="365"/>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="371"/>
        <source>callback #%1 (%2)</source>
        <translation>Callback #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="372"/>
        <source>callback #%1</source>
        <translation>Callback #%1</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="381"/>
        <location filename="../core/trace/replay.cpp" line="432"/>
        <location filename="../core/trace/replay.cpp" line="555"/>
        <source>thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="386"/>
        <source>the run started (%1)</source>
        <translation>der Lauf begann (%1)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="387"/>
        <source>the run ended: %1</source>
        <translation>der Lauf endete: %1</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="388"/>
        <source>the script&apos;s top level began</source>
        <translation>das Top-Level des Skripts begann</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="389"/>
        <source>the script&apos;s top level returned</source>
        <translation>das Top-Level des Skripts kehrte zurück</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="390"/>
        <location filename="../core/trace/replay.cpp" line="429"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="391"/>
        <source>JavaScript called the native function %1</source>
        <translation>JavaScript rief die native Funktion %1 auf</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="392"/>
        <source>native call #%1 returned %2</source>
        <translation>nativer Aufruf #%1 gab %2 zurück</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="393"/>
        <source>nonblocking call of %1 went to the worker pool</source>
        <translation>nicht blockierender Aufruf von %1 ging an den Worker-Pool</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="394"/>
        <source>nonblocking call #%1 finished on the pool</source>
        <translation>nicht blockierender Aufruf #%1 wurde im Pool fertig</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="395"/>
        <source>the promise of nonblocking call #%1 was resolved</source>
        <translation>das Promise des nicht blockierenden Aufrufs #%1 wurde aufgelöst</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="396"/>
        <source>%1 was created</source>
        <translation>%1 wurde erstellt</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="397"/>
        <source>%1 was closed</source>
        <translation>%1 wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="398"/>
        <source>%1.ref() -&gt; %2</source>
        <translation>%1.ref() -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="399"/>
        <source>%1.unref() -&gt; %2</source>
        <translation>%1.unref() -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="400"/>
        <source>%1 began (%2)</source>
        <translation>%1 begann (%2)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="401"/>
        <source>%1 returned (%2)</source>
        <translation>%1 kehrte zurück (%2)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="403"/>
        <source>%1 called %2 and blocked; the call was queued</source>
        <translation>%1 rief %2 auf und blockierte; der Aufruf wurde eingereiht</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="405"/>
        <source>the loop took foreign call #%1 from the inbox</source>
        <translation>die Loop nahm Fremdaufruf #%1 aus dem Eingang</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="407"/>
        <source>foreign call #%1 was released without running (the run ended)</source>
        <translation>Fremdaufruf #%1 wurde freigegeben, ohne ausgeführt zu werden (der Lauf endete)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="408"/>
        <source>foreign call #%1 was released: its native thread goes on</source>
        <translation>Fremdaufruf #%1 wurde freigegeben: Sein nativer Thread läuft weiter</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="410"/>
        <source>loop phase: %1</source>
        <translation>Loop-Phase: %1</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="413"/>
        <source>the loop parked (no timer)</source>
        <translation>die Loop ging in Ruhe (kein Timer)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="414"/>
        <source>the loop parked for up to %1</source>
        <translation>die Loop ging für bis zu %1 in Ruhe</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="416"/>
        <source>the loop woke up: %1</source>
        <translation>die Loop wachte auf: %1</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="418"/>
        <source>%1 #%2 scheduled for %3</source>
        <translation>%1 #%2 für %3 geplant</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="418"/>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="418"/>
        <source>timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="422"/>
        <source>timer #%1 fired</source>
        <translation>Timer #%1 wurde ausgelöst</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="423"/>
        <source>timer #%1 was cleared</source>
        <translation>Timer #%1 wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="424"/>
        <source>microtask #%1 queued (%2)</source>
        <translation>Microtask #%1 eingereiht (%2)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="425"/>
        <source>microtask #%1 began</source>
        <translation>Microtask #%1 begann</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="426"/>
        <source>microtask #%1 ended</source>
        <translation>Microtask #%1 endete</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="427"/>
        <source>a microtask checkpoint began</source>
        <translation>ein Microtask-Checkpoint begann</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="428"/>
        <source>the checkpoint ended after %1 job(s)</source>
        <translation>der Checkpoint endete nach %1 Job(s)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="430"/>
        <source>%1 events of this thread were lost</source>
        <translation>%1 Ereignisse dieses Threads gingen verloren</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="433"/>
        <source>%1 used %2 % of a CPU over the last %3</source>
        <translation>%1 nutzte in den letzten %3 %2 % einer CPU</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="441"/>
        <source>[%1, %2] %3</source>
        <translation>[%1, %2] %3</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="480"/>
        <source>a checkpoint of the loop (phase %1)</source>
        <translation>einem Checkpoint der Loop (Phase %1)</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="485"/>
        <source>the checkpoint at the end of the script&apos;s top level</source>
        <translation>dem Checkpoint am Ende des Top-Levels des Skripts</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="488"/>
        <source>the checkpoint after a thread-safe callback, before its native thread is released</source>
        <translation>dem Checkpoint nach einem threadsicheren Callback, bevor dessen nativer Thread freigegeben wird</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="490"/>
        <source>the checkpoint between two timer callbacks</source>
        <translation>dem Checkpoint zwischen zwei Timer-Callbacks</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="492"/>
        <source>Why now: microtasks run only at checkpoints; this one ran in %1.</source>
        <translation>Warum jetzt: Microtasks laufen nur an Checkpoints; diese lief in %1.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="506"/>
        <source>Why now: a call from another thread waits in the inbox until the loop reaches phase 2a (foreign calls); the loop %1.</source>
        <translation>Warum jetzt: Ein Aufruf aus einem anderen Thread wartet im Eingang, bis die Loop Phase 2a (Fremdaufrufe) erreicht; die Loop %1.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="508"/>
        <source>was parked and the call woke it</source>
        <translation>ruhte, und der Aufruf weckte sie</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="509"/>
        <source>was busy and got to it at its next iteration</source>
        <translation>war beschäftigt und kam in ihrer nächsten Iteration dazu</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="512"/>
        <source>Why now: native code called it on the engine thread, inside a JavaScript call into native code: it runs at once, with no microtask checkpoint after it.</source>
        <translation>Warum jetzt: Nativer Code rief ihn auf dem Engine-Thread auf, innerhalb eines Aufrufs von JavaScript in nativen Code: Er läuft sofort, ohne Microtask-Checkpoint danach.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="515"/>
        <source>Why now: it was called on the engine thread outside any JavaScript call (an interrupt, e.g. a signal handler); its microtasks wait for the next wake.</source>
        <translation>Warum jetzt: Er wurde auf dem Engine-Thread außerhalb jedes JavaScript-Aufrufs aufgerufen (ein Interrupt, z. B. ein Signal-Handler); seine Microtasks warten auf das nächste Aufwachen.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="519"/>
        <source>Why now: the native thread gets its result only after the callback returned AND the microtask checkpoint after it ran.</source>
        <translation>Warum jetzt: Der native Thread erhält sein Ergebnis erst, nachdem der Callback zurückgekehrt ist UND der Microtask-Checkpoint danach gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="523"/>
        <source>Why now: timers run in phase 2b once due; the loop checks them after the foreign-call inbox.</source>
        <translation>Warum jetzt: Timer laufen in Phase 2b, sobald sie fällig sind; die Loop prüft sie nach dem Eingang der Fremdaufrufe.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="527"/>
        <source>Why now: a finished nonblocking call becomes visible at the loop&apos;s next yield and its promise is resolved in phase 2b&apos;; its .then runs at the next checkpoint.</source>
        <translation>Warum jetzt: Ein fertiger nicht blockierender Aufruf wird beim nächsten Yield der Loop sichtbar, und sein Promise wird in Phase 2b&apos; aufgelöst; sein .then läuft am nächsten Checkpoint.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="531"/>
        <source>Why now: %1.</source>
        <translation>Warum jetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="533"/>
        <source>The loop was not parked: it had been spinning, re-polling at once because a ref&apos;ed callback kept it alive (deno-1.26), at 100 % CPU.</source>
        <translation>Die Loop ruhte nicht: Sie drehte sich im Kreis und pollte sofort erneut, weil ein per ref() referenzierter Callback sie am Leben hielt (deno-1.26), bei 100 % CPU.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="543"/>
        <source>Why: with nothing to do the loop would park, but in this version a ref&apos;ed callback (%1) makes it re-poll at once: the engine thread spins at 100 % CPU until work arrives (deno-1.26).</source>
        <translation>Warum: Ohne Arbeit würde die Loop ruhen, aber in dieser Version lässt ein per ref() referenzierter Callback (%1) sie sofort erneut pollen: Der Engine-Thread dreht sich bei 100 % CPU im Kreis, bis Arbeit ankommt (deno-1.26).</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="546"/>
        <source>none is ref&apos;ed now</source>
        <translation>derzeit ist keiner per ref() referenziert</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="556"/>
        <source>Why: %1 called %2 %3 earlier (foreign call #%4), but in this version the call cannot wake the loop (deno-1.30): the thread waits until something else wakes the loop, or for ever.</source>
        <translation>Warum: %1 rief %2 %3 früher auf (Fremdaufruf #%4), aber in dieser Version kann der Aufruf die Loop nicht wecken (deno-1.30): Der Thread wartet, bis etwas anderes die Loop weckt, oder für immer.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="562"/>
        <source>Why: a native thread&apos;s call of %1 cannot wake the loop in this version (deno-1.30): it waits until something else wakes the loop, or for ever.</source>
        <translation>Warum: Der Aufruf von %1 aus einem nativen Thread kann in dieser Version die Loop nicht wecken (deno-1.30): Er wartet, bis etwas anderes die Loop weckt, oder für immer.</translation>
    </message>
    <message>
        <location filename="../core/trace/replay.cpp" line="573"/>
        <source>  because %1 earlier: %2</source>
        <translation>  weil %1 zuvor: %2</translation>
    </message>
</context>
<context>
    <name>TimelineStyle</name>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="93"/>
        <source>thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="66"/>
        <source>script evaluation</source>
        <translation>Skriptauswertung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="67"/>
        <source>timer callback</source>
        <translation>Timer-Callback</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="68"/>
        <source>native call</source>
        <translation>nativer Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="69"/>
        <source>synchronous callback</source>
        <translation>synchroner Callback</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="70"/>
        <source>thread-safe callback</source>
        <translation>threadsicherer Callback</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="71"/>
        <source>interrupt callback</source>
        <translation>Interrupt-Callback</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="72"/>
        <source>microtask checkpoint</source>
        <translation>Microtask-Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="73"/>
        <location filename="../ui/timeline/timelinestyle.cpp" line="181"/>
        <source>microtask</source>
        <translation>Microtask</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="74"/>
        <source>blocked, waiting for a callback</source>
        <translation>blockiert, wartet auf einen Callback</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="75"/>
        <location filename="../ui/timeline/timelinestyle.cpp" line="124"/>
        <source>nonblocking call</source>
        <translation>nicht blockierender Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="76"/>
        <location filename="../ui/timeline/timelinestyle.cpp" line="185"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="77"/>
        <source>spinning</source>
        <translation>Spinning</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="86"/>
        <source>console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="87"/>
        <source>timer scheduled</source>
        <translation>Timer geplant</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="88"/>
        <source>timer cleared</source>
        <translation>Timer gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="89"/>
        <source>timer fired</source>
        <translation>Timer ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="90"/>
        <source>nonblocking start/resolve</source>
        <translation>nicht blockierend: Start/Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="91"/>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="92"/>
        <source>unref</source>
        <translation>unref</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="93"/>
        <source>wake</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="94"/>
        <source>exit</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="95"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="104"/>
        <source>ref count</source>
        <translation>Ref-Zähler</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="105"/>
        <source>microtask queue</source>
        <translation>Microtask-Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="106"/>
        <source>foreign-call inbox</source>
        <translation>Eingang der Fremdaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="107"/>
        <source>nonblocking in flight</source>
        <translation>laufende nicht blockierende Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="108"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="116"/>
        <source>callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="122"/>
        <source>timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="123"/>
        <source>foreign call</source>
        <translation>Fremdaufruf</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="125"/>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="126"/>
        <source>stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="129"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="137"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="138"/>
        <source>uncaught exception</source>
        <translation>nicht abgefangene Exception</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="139"/>
        <source>unhandled rejection</source>
        <translation>unbehandelte Promise-Rejection</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="140"/>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="141"/>
        <source>load error</source>
        <translation>Ladefehler</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="142"/>
        <source>stalled top-level await</source>
        <translation>hängendes Top-Level-await</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="143"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="144"/>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="154"/>
        <source>promise reaction</source>
        <translation>Promise-Reaktion</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="156"/>
        <source>thenable</source>
        <translation>Thenable</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="171"/>
        <source>evaluate %1</source>
        <translation>%1 auswerten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="173"/>
        <source>timer %1</source>
        <translation>Timer %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="175"/>
        <source>%1 (sync)</source>
        <translation>%1 (sync)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="176"/>
        <source>%1 (thread-safe)</source>
        <translation>%1 (threadsicher)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="177"/>
        <source>%1 (interrupt)</source>
        <translation>%1 (Interrupt)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="178"/>
        <source>microtasks</source>
        <translation>Microtasks</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="181"/>
        <source>microtask: %1</source>
        <translation>Microtask: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="183"/>
        <source>blocked: waiting for %1</source>
        <translation>blockiert: wartet auf %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="184"/>
        <source>%1 (nonblocking)</source>
        <translation>%1 (nicht blockierend)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="186"/>
        <source>spinning: a ref&apos;ed callback makes the loop re-poll at once</source>
        <translation>Spinning: Ein per ref() referenzierter Callback lässt die Loop sofort erneut pollen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="195"/>
        <source>ref %1</source>
        <translation>ref %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="196"/>
        <source>unref %1</source>
        <translation>unref %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="197"/>
        <source>wake: %1</source>
        <translation>Aufwachen: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="198"/>
        <source>exit: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/timelinestyle.cpp" line="201"/>
        <source>%n event(s) lost</source>
        <translation>
            <numerusform>%n Ereignis verloren</numerusform>
            <numerusform>%n Ereignisse verloren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="203"/>
        <source>deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="205"/>
        <source>hang: %1 cannot wake the loop</source>
        <translation>Hänger: %1 kann die Loop nicht wecken</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="207"/>
        <source>setTimeout %1</source>
        <translation>setTimeout %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="216"/>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="218"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="220"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestyle.cpp" line="221"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>loopscope::trace::TraceFile</name>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="43"/>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="48"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="48"/>
        <source>it is a folder</source>
        <translation>Es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="53"/>
        <source>%1 is empty: it is not a loopscope trace.</source>
        <translation>%1 ist leer: Es ist kein loopscope-Trace.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="61"/>
        <location filename="../core/trace/tracefile.cpp" line="67"/>
        <source>%1 is truncated: it ends inside the database header, after %2 bytes.</source>
        <translation>%1 ist abgeschnitten: Die Datei endet nach %2 Bytes mitten im Datenbank-Header.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="63"/>
        <location filename="../core/trace/tracefile.cpp" line="110"/>
        <source>%1 is not a loopscope trace: it is not an SQLite database.</source>
        <translation>%1 ist kein loopscope-Trace: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="74"/>
        <source>%1 is damaged: its header gives an invalid page size.</source>
        <translation>%1 ist beschädigt: Der Header gibt eine ungültige Seitengröße an.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="85"/>
        <source>%1 is truncated: it has %2 of its %3 bytes.</source>
        <translation>%1 ist abgeschnitten: Von %3 Bytes sind nur %2 vorhanden.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="360"/>
        <location filename="../core/trace/tracewriter.cpp" line="36"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="112"/>
        <source>%1 is damaged or truncated: %2.</source>
        <translation>%1 ist beschädigt oder abgeschnitten: %2.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="114"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="119"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="144"/>
        <source>%1 was written by a newer version of loopscope (trace format %2); this version reads format %3 and older.</source>
        <translation>%1 wurde von einer neueren Version von loopscope geschrieben (Trace-Format %2); diese Version liest Format %3 und älter.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="180"/>
        <source>%1 is an SQLite database, but not a loopscope trace.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein loopscope-Trace.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="198"/>
        <source>%1 is not a complete loopscope trace: the table &quot;%2&quot; is missing.</source>
        <translation>%1 ist kein vollständiger loopscope-Trace: Die Tabelle „%2“ fehlt.</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="214"/>
        <source>its meta table has no valid format_version</source>
        <translation>Die Tabelle meta hat keine gültige format_version</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="229"/>
        <source>a thread has the index %1</source>
        <translation>Ein Thread hat den Index %1</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="258"/>
        <source>a string has the id %1</source>
        <translation>Ein String hat die ID %1</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="275"/>
        <source>a time block has the number %1</source>
        <translation>Ein Zeitblock hat die Nummer %1</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="294"/>
        <source>event %1 has no time block</source>
        <translation>Ereignis %1 hat keinen Zeitblock</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="296"/>
        <source>event %1 names a thread that is not in the threads table</source>
        <translation>Ereignis %1 nennt einen Thread, der nicht in der Tabelle threads steht</translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="308"/>
        <source>event %1 names a string that is not in the strings table</source>
        <translation>Ereignis %1 nennt einen String, der nicht in der Tabelle strings steht</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::CompareWindow</name>
    <message>
        <location filename="../ui/comparewindow.cpp" line="89"/>
        <source>The console output of the run appears here.</source>
        <translation>Hier erscheint die Konsolenausgabe des Laufs.</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="182"/>
        <source>Deno %1</source>
        <translation>Deno %1</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="193"/>
        <source>running… %1 s</source>
        <translation>läuft… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="196"/>
        <source>runs when the other run has ended</source>
        <translation>läuft, wenn der andere Lauf beendet ist</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="199"/>
        <source>not run: stopped before its turn</source>
        <translation>nicht gelaufen: vorher gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="202"/>
        <source>exit code %1: %2, %3 ms</source>
        <translation>Exit-Code %1: %2, %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="208"/>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="217"/>
        <source>(%1 chosen: run again to see it)</source>
        <translation>(%1 gewählt: erneut ausführen, um es zu sehen)</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="247"/>
        <source>Link the time axes</source>
        <translation>Zeitachsen koppeln</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="251"/>
        <source>Compare Profiles — loopscope</source>
        <translation>Profile vergleichen — loopscope</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="287"/>
        <source>&amp;Run Both</source>
        <translation>&amp;Beide ausführen</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="289"/>
        <source>Run the script under both profiles, one after the other (F5)</source>
        <translation>Das Skript unter beiden Profilen ausführen, nacheinander (F5)</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="291"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="293"/>
        <source>Stop both runs (Shift+F5)</source>
        <translation>Beide Läufe stoppen (Umschalt+F5)</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="296"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="302"/>
        <source>Top:</source>
        <translation>Oben:</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="302"/>
        <source>Bottom:</source>
        <translation>Unten:</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="316"/>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="322"/>
        <source>Swap the two profiles and run again</source>
        <translation>Die beiden Profile tauschen und erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="324"/>
        <source>Zooming or scrolling one timeline moves the other to the same time range</source>
        <translation>Zoomen oder Verschieben einer Zeitleiste bringt die andere in denselben Zeitbereich</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="326"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="327"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="332"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="338"/>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="342"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="343"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="344"/>
        <source>Stop a run that takes longer (an old profile may spin for ever)</source>
        <translation>Einen Lauf stoppen, der länger dauert (ein altes Profil kann sich endlos im Kreis drehen)</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="363"/>
        <source>Choose two profiles and press Run Both (F5).</source>
        <translation>Zwei Profile wählen und „Beide ausführen“ drücken (F5).</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="419"/>
        <source>Compare Profiles: %1 — loopscope</source>
        <translation>Profile vergleichen: %1 — loopscope</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="426"/>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="459"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="455"/>
        <source>Both runs ended. They printed the same output.</source>
        <translation>Beide Läufe sind beendet. Sie gaben dasselbe aus.</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="422"/>
        <source>Running %1, then %2 (one after the other, so that they share neither the CPU nor a native library&apos;s state)…</source>
        <translation>%1 läuft, danach %2 (nacheinander, damit sie sich weder die CPU noch den Zustand einer nativen Bibliothek teilen)…</translation>
    </message>
    <message>
        <location filename="../ui/comparewindow.cpp" line="457"/>
        <source>Both runs ended. Their output differs from line %1 on.</source>
        <translation>Beide Läufe sind beendet. Ihre Ausgaben unterscheiden sich ab Zeile %1.</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::EventModel</name>
    <message>
        <location filename="../ui/eventmodel.cpp" line="22"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="23"/>
        <source>run start</source>
        <translation>Lauf beginnt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="24"/>
        <source>run end</source>
        <translation>Lauf endet</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="25"/>
        <source>script start</source>
        <translation>Skript beginnt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="26"/>
        <source>script end</source>
        <translation>Skript endet</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="27"/>
        <source>console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="28"/>
        <source>native call start</source>
        <translation>nativer Aufruf beginnt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="29"/>
        <source>native call end</source>
        <translation>nativer Aufruf endet</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="30"/>
        <source>nonblocking start</source>
        <translation>nicht blockierend gestartet</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="31"/>
        <source>nonblocking complete</source>
        <translation>nicht blockierend fertig</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="32"/>
        <source>nonblocking resolve</source>
        <translation>nicht blockierend aufgelöst</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="33"/>
        <source>callback created</source>
        <translation>Callback erstellt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="34"/>
        <source>callback closed</source>
        <translation>Callback geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="35"/>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="36"/>
        <source>unref</source>
        <translation>unref</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="37"/>
        <source>callback start</source>
        <translation>Callback beginnt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="38"/>
        <source>callback end</source>
        <translation>Callback endet</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="39"/>
        <source>foreign call queued</source>
        <translation>Fremdaufruf eingereiht</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="40"/>
        <source>foreign call invoked</source>
        <translation>Fremdaufruf ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="41"/>
        <source>foreign call released</source>
        <translation>Fremdaufruf freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="42"/>
        <source>loop phase</source>
        <translation>Loop-Phase</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="43"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="44"/>
        <source>wake</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="45"/>
        <source>timer scheduled</source>
        <translation>Timer geplant</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="46"/>
        <source>timer fired</source>
        <translation>Timer ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="47"/>
        <source>timer cleared</source>
        <translation>Timer gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="48"/>
        <source>microtask enqueued</source>
        <translation>Microtask eingereiht</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="49"/>
        <source>microtask start</source>
        <translation>Microtask beginnt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="50"/>
        <source>microtask end</source>
        <translation>Microtask endet</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="51"/>
        <source>checkpoint start</source>
        <translation>Checkpoint beginnt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="52"/>
        <source>checkpoint end</source>
        <translation>Checkpoint endet</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="53"/>
        <source>diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="54"/>
        <source>events lost</source>
        <translation>Ereignisse verloren</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="55"/>
        <source>cpu usage</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="64"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="174"/>
        <location filename="../ui/eventmodel.cpp" line="251"/>
        <source>thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="210"/>
        <source>callback #%1</source>
        <translation>Callback #%1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="210"/>
        <source>callback #%1 %2</source>
        <translation>Callback #%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="222"/>
        <source>%1 (call #%2)</source>
        <translation>%1 (Aufruf #%2)</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="223"/>
        <source>call #%1</source>
        <translation>Aufruf #%1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="235"/>
        <source>call #%1 → %2</source>
        <translation>Aufruf #%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="237"/>
        <source>interval #%1</source>
        <translation>Intervall #%1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="237"/>
        <location filename="../ui/eventmodel.cpp" line="240"/>
        <source>timer #%1</source>
        <translation>Timer #%1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="242"/>
        <source>job #%1 (promise #%2)</source>
        <translation>Job #%1 (Promise #%2)</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="242"/>
        <location filename="../ui/eventmodel.cpp" line="245"/>
        <source>job #%1</source>
        <translation>Job #%1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="270"/>
        <source>count %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="272"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="276"/>
        <source>no timeout</source>
        <translation>ohne Timeout</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="276"/>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventmodel.cpp" line="278"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventmodel.cpp" line="280"/>
        <source>%n run</source>
        <translation>
            <numerusform>%n ausgeführt</numerusform>
            <numerusform>%n ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="283"/>
        <source>threw</source>
        <translation>Exception geworfen</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="285"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="290"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="363"/>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="364"/>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="365"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="366"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="367"/>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="368"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="369"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="370"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::EventTable</name>
    <message>
        <location filename="../ui/eventtable.cpp" line="52"/>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="54"/>
        <source>Threads and foreign calls</source>
        <translation>Threads und Fremdaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="56"/>
        <source>Native calls</source>
        <translation>Native Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="58"/>
        <source>Microtasks</source>
        <translation>Microtasks</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="60"/>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="61"/>
        <source>Loop</source>
        <translation>Event Loop</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="62"/>
        <source>Run and output</source>
        <translation>Lauf und Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="86"/>
        <source>Show only events of the ticked kinds</source>
        <translation>Nur Ereignisse der angehakten Arten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="90"/>
        <source>Show only the events of one thread</source>
        <translation>Nur die Ereignisse eines Threads anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="92"/>
        <source>Search subject, text, kind…</source>
        <translation>Objekt, Text, Art suchen…</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="178"/>
        <source>Show all kinds</source>
        <translation>Alle Arten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="190"/>
        <source>Show or hide every kind of this group</source>
        <translation>Alle Arten dieser Gruppe ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="225"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="85"/>
        <location filename="../ui/eventtable.cpp" line="225"/>
        <source>Kinds: %1 of %2</source>
        <translation>Arten: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="237"/>
        <source>All threads</source>
        <translation>Alle Threads</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="239"/>
        <source>thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="270"/>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="272"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::Examples</name>
    <message>
        <location filename="../ui/examples.cpp" line="20"/>
        <source>Caveats of the seed text</source>
        <translation>Fallstricke aus dem Ausgangstext</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="21"/>
        <source>Kinds of callback</source>
        <translation>Arten von Callbacks</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="22"/>
        <source>The event loop</source>
        <translation>Die Event Loop</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="23"/>
        <source>Values and errors</source>
        <translation>Werte und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="24"/>
        <source>Older Deno versions</source>
        <translation>Ältere Deno-Versionen</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="26"/>
        <source>queueMicrotask inside a thread-safe callback</source>
        <translation>queueMicrotask in einem threadsicheren Callback</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="27"/>
        <source>A native thread calls back twice. The microtasks the callback queues (the sum, promise reactions, nested microtasks) all run before the native thread gets control back: Deno runs a microtask checkpoint after every thread-safe callback and releases the thread only then.</source>
        <translation>Ein nativer Thread ruft zweimal zurück. Die Microtasks, die der Callback einreiht (die Summe, Promise-Reaktionen, verschachtelte Microtasks), laufen alle, bevor der native Thread die Kontrolle zurückbekommt: Deno führt nach jedem threadsicheren Callback einen Microtask-Checkpoint aus und gibt den Thread erst danach frei.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="31"/>
        <source>setTimeout(…, 10) defers work past the native thread</source>
        <translation>setTimeout(…, 10) lässt den nativen Thread zuerst weiterlaufen</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="32"/>
        <source>To let the native thread go on first, defer the work with a timer of 10 ms or more: timers run in a later loop phase, after the thread was released.</source>
        <translation>Damit der native Thread zuerst weiterläuft, verschieben Sie die Arbeit mit einem Timer von 10 ms oder mehr: Timer laufen in einer späteren Loop-Phase, nachdem der Thread freigegeben wurde.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="35"/>
        <source>setTimeout(…, 0/1/5): a race</source>
        <translation>setTimeout(…, 0/1/5): ein Wettlauf</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="36"/>
        <source>A short timer may already be due when the callback&apos;s task ends; the engine thread goes straight on to the timers while the released native thread must be scheduled by the OS. Which prints first varies from run to run (in Deno too).</source>
        <translation>Ein kurzer Timer kann schon fällig sein, wenn der Callback fertig ist; der Engine-Thread geht direkt zu den Timern über, während das Betriebssystem den freigegebenen nativen Thread erst einplanen muss. Welche Ausgabe zuerst kommt, wechselt von Lauf zu Lauf (auch in Deno).</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="40"/>
        <source>queueMicrotask is enough in a synchronous callback</source>
        <translation>In einem synchronen Callback genügt queueMicrotask</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="41"/>
        <source>A callback called synchronously from inside an FFI call cannot run a checkpoint: its microtasks wait until the JavaScript that made the FFI call has returned.</source>
        <translation>Ein Callback, der synchron aus einem FFI-Aufruf heraus aufgerufen wird, kann keinen Checkpoint ausführen: Seine Microtasks warten, bis das JavaScript, das den FFI-Aufruf gemacht hat, zurückgekehrt ist.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="44"/>
        <source>ref() keeps the process alive</source>
        <translation>ref() hält den Prozess am Leben</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="45"/>
        <source>A ref&apos;ed callback keeps the event loop running (at no CPU cost) until close(): the native thread&apos;s late calls are still served.</source>
        <translation>Ein Callback mit ref() hält die Event Loop bis zu close() am Laufen (ohne CPU-Last): Auch späte Aufrufe des nativen Threads werden noch bedient.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="48"/>
        <source>unref() lets the process exit</source>
        <translation>unref() lässt den Prozess enden</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="49"/>
        <source>An un-ref&apos;ed callback still wakes the loop when a thread calls it, but it does not keep the process alive: the run ends although a native thread would call back later.</source>
        <translation>Ein Callback nach unref() weckt die Loop zwar noch, wenn ein Thread ihn aufruft, hält den Prozess aber nicht am Leben: Der Lauf endet, obwohl ein nativer Thread später noch zurückrufen würde.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="52"/>
        <source>ref() and unref() count</source>
        <translation>ref() und unref() zählen</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="53"/>
        <source>ref() and unref() return the new count, which never goes below 0; threadSafe() starts at 1; a second close() throws BadResource.</source>
        <translation>ref() und unref() geben den neuen Zählerstand zurück, der nie unter 0 fällt; threadSafe() beginnt bei 1; ein zweites close() wirft BadResource.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="56"/>
        <source>Synchronous vs thread-safe</source>
        <translation>Synchron vs. threadsicher</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="57"/>
        <source>The same callback called two ways: synchronously its microtask waits for the surrounding JavaScript; from a thread it runs before the thread continues.</source>
        <translation>Derselbe Callback, auf zwei Arten aufgerufen: Synchron wartet seine Microtask auf das umgebende JavaScript; aus einem Thread läuft sie, bevor der Thread weitermacht.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="60"/>
        <source>An interrupt handler</source>
        <translation>Ein Interrupt-Handler</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="61"/>
        <source>A signal handler calls the callback on the engine thread while the loop is idle: it runs at once, but its microtasks wait for the next wake (here a timer).</source>
        <translation>Ein Signal-Handler ruft den Callback auf dem Engine-Thread auf, während die Loop ruht: Er läuft sofort, aber seine Microtasks warten auf das nächste Aufwachen (hier durch einen Timer).</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="64"/>
        <source>Nonblocking calls</source>
        <translation>Nicht blockierende Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="65"/>
        <source>nonblocking: true symbols run on a worker pool and return promises that resolve in the order the calls finish; the same call made blocking freezes the timers.</source>
        <translation>Symbole mit nonblocking: true laufen in einem Worker-Pool und geben Promises zurück, die in der Reihenfolge aufgelöst werden, in der die Aufrufe fertig werden; derselbe Aufruf, blockierend gemacht, friert die Timer ein.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="68"/>
        <source>A callback from a nonblocking worker</source>
        <translation>Ein Callback aus einem nicht blockierenden Worker</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="69"/>
        <source>Native code running a nonblocking call calls back from the pool thread: a thread-safe call, served by the loop, without any ref().</source>
        <translation>Nativer Code, der einen nicht blockierenden Aufruf ausführt, ruft aus dem Pool-Thread zurück: ein threadsicherer Aufruf, den die Loop bedient, ganz ohne ref().</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="72"/>
        <source>Several threads at once</source>
        <translation>Mehrere Threads gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="73"/>
        <source>Calls from several threads are queued and served first in, first out, each followed by its microtask checkpoint and the release of its thread.</source>
        <translation>Aufrufe aus mehreren Threads werden eingereiht und in der Reihenfolge ihres Eintreffens bedient, jeder gefolgt von seinem Microtask-Checkpoint und der Freigabe seines Threads.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="76"/>
        <source>Microtasks vs timers</source>
        <translation>Microtasks vs. Timer</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="77"/>
        <source>Microtasks run at checkpoints (after the top level, between timers); timers run in the loop&apos;s timer phase.</source>
        <translation>Microtasks laufen an Checkpoints (nach dem Top-Level-Code, zwischen Timern); Timer laufen in der Timer-Phase der Loop.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="80"/>
        <source>nextTick and setImmediate after the release</source>
        <translation>nextTick und setImmediate nach der Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="81"/>
        <source>process.nextTick and setImmediate queued in a thread-safe callback run only after the native thread was released; a microtask runs before.</source>
        <translation>process.nextTick und setImmediate, in einem threadsicheren Callback eingereiht, laufen erst, nachdem der native Thread freigegeben wurde; eine Microtask läuft davor.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="84"/>
        <source>Deno 2.9: the first setTimeout runs microtasks</source>
        <translation>Deno 2.9: Das erste setTimeout führt Microtasks aus</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="85"/>
        <source>The first read of setTimeout loads node:timers lazily, and that load runs a microtask checkpoint: pending microtasks run in the middle of the callback.</source>
        <translation>Der erste Zugriff auf setTimeout lädt node:timers erst bei Bedarf, und dieses Laden führt einen Microtask-Checkpoint aus: Ausstehende Microtasks laufen mitten im Callback.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="88"/>
        <source>Exceptions in callbacks</source>
        <translation>Exceptions in Callbacks</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="89"/>
        <source>A synchronous callback&apos;s exception reaches the JavaScript caller after the native code saw 0; a thread-safe callback&apos;s is printed and swallowed, and the thread gets 0.</source>
        <translation>Die Exception eines synchronen Callbacks erreicht den aufrufenden JavaScript-Code, nachdem der native Code 0 erhalten hat; die eines threadsicheren Callbacks wird ausgegeben und verschluckt, und der Thread erhält 0.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="92"/>
        <source>Structs, buffers and pointers</source>
        <translation>Structs, Puffer und Zeiger</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="93"/>
        <source>Structs by value, buffers filled by native code, C strings, 64-bit results as BigInt, and function pointers called from JavaScript.</source>
        <translation>Structs als Wert, von nativem Code gefüllte Puffer, C-Strings, 64-Bit-Ergebnisse als BigInt und Funktionszeiger, die aus JavaScript aufgerufen werden.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="97"/>
        <source>deno-1.26: a ref&apos;ed callback spins the loop</source>
        <translation>deno-1.26: Ein per ref() referenzierter Callback lässt die Loop im Kreis drehen</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="98"/>
        <source>A native thread calls a ref&apos;ed callback three times, 300 ms apart. Today the loop sleeps between the calls. In Deno 1.23 to 1.26 the FFI middleware reported work on every poll while a callback was ref&apos;ed: the loop re-polled at once and burnt a whole core until close(). The output is the same; the timeline shows &quot;spinning&quot; instead of idle, and the CPU track 100 %.</source>
        <translation>Ein nativer Thread ruft einen per ref() referenzierten Callback dreimal auf, im Abstand von 300 ms. Heute ruht die Loop zwischen den Aufrufen. In Deno 1.23 bis 1.26 meldete die FFI-Middleware bei jedem Poll Arbeit, solange ein Callback per ref() referenziert war: Die Loop pollte sofort erneut und verbrauchte bis zu close() einen ganzen Kern. Die Ausgabe ist dieselbe; die Zeitleiste zeigt „Spinning“ statt Leerlauf und die CPU-Spur 100 %.</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="103"/>
        <source>deno-1.30: a re-ref&apos;ed callback cannot wake the loop</source>
        <translation>deno-1.30: Ein erneut per ref() referenzierter Callback kann die Loop nicht wecken</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="104"/>
        <source>The callback is ref&apos;ed, unref&apos;ed and ref&apos;ed again, then a thread calls it. Today the call wakes the loop at once. In Deno 1.26.2 to 1.30 unref() cancelled the callback&apos;s ref op for good: the thread waits while the loop sleeps at 0 % CPU, until a 3 s watchdog timer wakes it. Without that timer Deno 1.30 hung for ever (fixed in 1.31.0).</source>
        <translation>Der Callback wird per ref() referenziert, per unref() freigegeben und erneut referenziert, dann ruft ein Thread ihn auf. Heute weckt der Aufruf die Loop sofort. In Deno 1.26.2 bis 1.30 brach unref() die ref-Op des Callbacks endgültig ab: Der Thread wartet, während die Loop bei 0 % CPU ruht, bis ein Wächter-Timer nach 3 s sie weckt. Ohne diesen Timer hing Deno 1.30 für immer (behoben in 1.31.0).</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="109"/>
        <source>deno-1.34: a never-ref&apos;ed callback waits, newest first</source>
        <translation>deno-1.34: Ein nie per ref() referenzierter Callback wartet, der neueste Aufruf zuerst</translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="110"/>
        <source>Three threads call a callback that was never ref&apos;ed while the loop sleeps until a 400 ms timer. Today every call wakes the loop and runs at once, in order. In Deno 1.31 to 1.34 only ref() gave a callback a way to wake the loop: the threads wait for the timer, then the FFI middleware serves their calls newest first: t3, t2, t1.</source>
        <translation>Drei Threads rufen einen nie per ref() referenzierten Callback auf, während die Loop bis zu einem 400-ms-Timer ruht. Heute weckt jeder Aufruf die Loop und läuft sofort, der Reihe nach. In Deno 1.31 bis 1.34 gab erst ref() einem Callback die Möglichkeit, die Loop zu wecken: Die Threads warten auf den Timer, dann bedient die FFI-Middleware ihre Aufrufe, den neuesten zuerst: t3, t2, t1.</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::Inspector</name>
    <message>
        <location filename="../ui/inspector.cpp" line="23"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="29"/>
        <source>synchronous</source>
        <translation>synchron</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="30"/>
        <source>thread-safe</source>
        <translation>threadsicher</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="31"/>
        <source>interrupt</source>
        <translation>Interrupt</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="81"/>
        <source>Select an event in the table or the timeline to see the state of the run at that moment and why the event ran when it did.</source>
        <translation>Wählen Sie in der Tabelle oder der Zeitleiste ein Ereignis aus, um den Zustand des Laufs in diesem Moment zu sehen und warum das Ereignis gerade dann lief.</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="124"/>
        <source>callback #%1 %2</source>
        <translation>Callback #%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="124"/>
        <source>callback #%1</source>
        <translation>Callback #%1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="143"/>
        <source>Why did this run now?</source>
        <translation>Warum lief das jetzt?</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="155"/>
        <source>Nothing led to it: it began a chain of its own.</source>
        <translation>Nichts hat dazu geführt: Es begann eine eigene Kette.</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="157"/>
        <source>Call stack, engine thread (outermost first)</source>
        <translation>Aufrufstapel, Engine-Thread (äußerster zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="161"/>
        <source>script top level</source>
        <translation>Top-Level des Skripts</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="162"/>
        <source>native call %1</source>
        <translation>nativer Aufruf %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="166"/>
        <source>microtask checkpoint</source>
        <translation>Microtask-Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="167"/>
        <source>microtask #%1</source>
        <translation>Microtask #%1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="168"/>
        <source>timer #%1</source>
        <translation>Timer #%1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="170"/>
        <location filename="../ui/inspector.cpp" line="223"/>
        <location filename="../ui/inspector.cpp" line="237"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="173"/>
        <location filename="../ui/inspector.cpp" line="266"/>
        <source>The run has ended.</source>
        <translation>Der Lauf ist beendet.</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="173"/>
        <source>No JavaScript is running.</source>
        <translation>Es läuft kein JavaScript.</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="175"/>
        <source>Microtask queue</source>
        <translation>Microtask-Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="178"/>
        <source>microtask #%1 from %2</source>
        <translation>Microtask #%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="179"/>
        <location filename="../ui/inspector.cpp" line="197"/>
        <source>queued at %1</source>
        <translation>eingereiht bei %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="182"/>
        <location filename="../ui/inspector.cpp" line="200"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="184"/>
        <source>Pending timers</source>
        <translation>Ausstehende Timer</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="187"/>
        <source>interval #%1 every %2</source>
        <translation>Intervall #%1 alle %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="187"/>
        <source>timer #%1 after %2</source>
        <translation>Timer #%1 nach %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="188"/>
        <source>due at %1</source>
        <translation>fällig bei %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="191"/>
        <location filename="../ui/inspector.cpp" line="240"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="193"/>
        <source>Foreign-call inbox</source>
        <translation>Eingang der Fremdaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="196"/>
        <source>call #%1 → %2 from %3</source>
        <translation>Aufruf #%1 → %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="197"/>
        <location filename="../ui/inspector.cpp" line="214"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="205"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="213"/>
        <source>no events yet</source>
        <translation>noch keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="216"/>
        <source>blocked in %1 (call #%2)</source>
        <translation>blockiert in %1 (Aufruf #%2)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="218"/>
        <source>idle: the loop is parked</source>
        <translation>Leerlauf: Die Loop ruht</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="219"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="222"/>
        <location filename="../ui/inspector.cpp" line="228"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="226"/>
        <source>Ref counts</source>
        <translation>Ref-Zähler</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="229"/>
        <source>keeps the loop alive</source>
        <translation>hält die Loop am Leben</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="231"/>
        <source>no open callbacks</source>
        <translation>keine offenen Callbacks</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="233"/>
        <source>Nonblocking calls in flight</source>
        <translation>Laufende nicht blockierende Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="237"/>
        <source>call #%1 %2</source>
        <translation>Aufruf #%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="242"/>
        <source>Event loop</source>
        <translation>Event Loop</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="243"/>
        <source>phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="253"/>
        <source>CPU use of %1: %2 %</source>
        <translation>CPU-Auslastung von %1: %2 %</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="254"/>
        <source>the last sample</source>
        <translation>die letzte Messung</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="257"/>
        <source>CPU use of %1: not sampled yet</source>
        <translation>CPU-Auslastung von %1: noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="261"/>
        <source>Why the loop is alive</source>
        <translation>Warum die Loop noch lebt</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="266"/>
        <source>Nothing keeps it alive: the loop would exit here.</source>
        <translation>Nichts hält sie am Leben: Die Loop würde hier enden.</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>uncaught exception</source>
        <translation>nicht abgefangene Exception</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>unhandled rejection</source>
        <translation>unbehandelte Promise-Rejection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>the script could not be loaded</source>
        <translation>das Skript konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>top-level await never resolved</source>
        <translation>das Top-Level-await wurde nie aufgelöst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>time limit reached</source>
        <translation>Zeitlimit erreicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>loopscope</source>
        <translation>loopscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Run the script and record what happens (F5)</source>
        <translation>Skript ausführen und aufzeichnen, was passiert (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Select the previous event (Alt+Left)</source>
        <translation>Vorheriges Ereignis auswählen (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vorwärts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Select the next event (Alt+Right)</source>
        <translation>Nächstes Ereignis auswählen (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Run to &amp;Next</source>
        <translation>Zum &amp;nächsten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Select the next event of the chosen kind (Alt+Down)</source>
        <translation>Nächstes Ereignis der gewählten Art auswählen (Alt+Runter)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>The kind of event &quot;Run to Next&quot; looks for</source>
        <translation>Die Ereignisart, nach der „Zum nächsten“ sucht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Compare Profiles…</source>
        <translation>Profile ver&amp;gleichen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Run the script under two version profiles and show both timelines, one above the other (Ctrl+F5)</source>
        <translation>Das Skript unter zwei Versionsprofilen ausführen und beide Zeitleisten übereinander zeigen (Strg+F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Compare the Profiles the Script Names</source>
        <translation>Die vom Skript genannten Profile vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Save &amp;Trace As…</source>
        <translation>&amp;Trace speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>Save Trace</source>
        <translation>Trace speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>loopscope traces (*.lstrace)</source>
        <translation>loopscope-Traces (*.lstrace)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>Export &amp;Chrome Trace JSON…</source>
        <translation>Als &amp;Chrome-Trace-JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Export Chrome Trace</source>
        <translation>Chrome-Trace exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome-Trace-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>Export Timeline &amp;Image…</source>
        <translation>Zeitleiste als B&amp;ild exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;New Script</source>
        <translation>&amp;Neues Skript</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Open Script or Trace</source>
        <translation>Skript oder Trace öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Scripts and traces (*.js *.mjs *.lstrace);;JavaScript (*.js *.mjs);;loopscope traces (*.lstrace);;All files (*)</source>
        <translation>Skripte und Traces (*.js *.mjs *.lstrace);;JavaScript (*.js *.mjs);;loopscope-Traces (*.lstrace);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Save Script</source>
        <translation>Skript &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>JavaScript (*.js)</source>
        <translation>JavaScript (*.js)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Save Script &amp;As…</source>
        <translation>Skript speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>&amp;About loopscope</source>
        <translation>&amp;Über loopscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>About loopscope</source>
        <translation>Über loopscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>&lt;p&gt;&lt;b&gt;loopscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Runs JavaScript written against Deno&apos;s FFI on an embedded V8 whose event loop reproduces Deno 2.9 (or, with a version profile, an older Deno), records every callback, microtask, timer and thread hop, and shows why each ran when it did.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;loopscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Führt JavaScript, das für Denos FFI geschrieben ist, auf einem eingebetteten V8 aus, dessen Event Loop Deno 2.9 nachbildet (oder, mit einem Versionsprofil, ein älteres Deno), zeichnet jeden Callback, jede Microtask, jeden Timer und jeden Threadwechsel auf und zeigt, warum jedes davon gerade dann lief.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Which Deno release&apos;s behaviour the runs reproduce</source>
        <translation>Welche Deno-Version die Läufe nachbilden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>%1 — loopscope</source>
        <translation>%1 — loopscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>There is no example %1</source>
        <translation>Es gibt kein Beispiel %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Run it (F5), then click a callback on the timeline to see why it ran when it did.</source>
        <translation>Führen Sie es aus (F5) und klicken Sie dann in der Zeitleiste auf einen Callback, um zu sehen, warum er gerade dann lief.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>(runs it under both and shows the two timelines)</source>
        <translation>(führt es unter beiden aus und zeigt beide Zeitleisten)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>The script shows a difference between %1 and %2: run it under both and compare</source>
        <translation>Das Skript zeigt einen Unterschied zwischen %1 und %2: es unter beiden ausführen und vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Runs behave like %1</source>
        <translation>Läufe verhalten sich wie %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Stop the run before opening a trace</source>
        <translation>Stoppen Sie den Lauf, bevor Sie einen Trace öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>Cannot open the trace</source>
        <translation>Trace kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>Trace %1: %2 events, %3%4</source>
        <translation>Trace %1: %2 Ereignisse, %3%4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>no exit recorded</source>
        <translation>kein Ende aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source> (incomplete: the recording process ended early)</source>
        <translation> (unvollständig: Der aufzeichnende Prozess endete vorzeitig)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>, recorded with %1</source>
        <translation>, aufgezeichnet mit %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570"/>
        <source>%1 (%2) — loopscope</source>
        <translation>%1 (%2) — loopscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>Recorded with %1</source>
        <translation>Aufgezeichnet mit %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>There is no finished trace to save</source>
        <translation>Es gibt keinen fertigen Trace zum Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>Cannot write the trace to %1</source>
        <translation>Der Trace kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>Saved the trace to %1</source>
        <translation>Trace nach %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>The export was cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="638"/>
        <source>Exported %1 (open it in https://ui.perfetto.dev)</source>
        <translation>%1 exportiert (in https://ui.perfetto.dev öffnen)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="649"/>
        <source>Exported the timeline to %1</source>
        <translation>Zeitleiste nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="742"/>
        <source>Run under %1</source>
        <translation>Ausgeführt unter %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <source>Finished: %1, exit code %2, %3 ms</source>
        <translation>Beendet: %1, Exit-Code %2, %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>No further event of the kind %1</source>
        <translation>Kein weiteres Ereignis der Art %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <source>Running… %1 s</source>
        <translation>Läuft… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="900"/>
        <source>%1 events recorded, %2 lost</source>
        <translation>%1 Ereignisse aufgezeichnet, %2 verloren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="901"/>
        <source>%1 events recorded</source>
        <translation>%1 Ereignisse aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="908"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>The new language is used from the next start of loopscope. Restart now?</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von loopscope. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::ProfileCombo</name>
    <message>
        <location filename="../ui/profilecombo.cpp" line="47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/profilecombo.cpp" line="52"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (Deno %2)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (Deno %2)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>loopscope::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="464"/>
        <source>refs</source>
        <translation>Refs</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="464"/>
        <source>microtasks</source>
        <translation>Microtasks</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="464"/>
        <source>inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="465"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="490"/>
        <source>time since the run started (ms)</source>
        <translation>Zeit seit Laufbeginn (ms)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="174"/>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="176"/>
        <source>Show the whole run (F)</source>
        <translation>Den ganzen Lauf zeigen (F)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="177"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="180"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="346"/>
        <source>refs: %1</source>
        <translation>Refs: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="369"/>
        <source>thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="464"/>
        <source>counts</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="854"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="857"/>
        <source>%1 ms to %2 ms (%3), still running at the end of the trace</source>
        <translation>%1 ms bis %2 ms (%3), läuft am Ende des Traces noch</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="858"/>
        <source>%1 ms to %2 ms (%3)</source>
        <translation>%1 ms bis %2 ms (%3)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="863"/>
        <source>%1 at %2 ms</source>
        <translation>%1 bei %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="865"/>
        <source>Click to select it and see its causes.</source>
        <translation>Klicken, um es auszuwählen und seine Ursachen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="943"/>
        <source>loopscope timeline</source>
        <translation>loopscope-Zeitleiste</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="151"/>
        <source>A script (.js) or a trace (.lstrace) to open</source>
        <translation>Zu öffnendes Skript (.js) oder zu öffnender Trace (.lstrace)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="153"/>
        <source>Run the script (or open the trace), select the most telling event, save the window to FILE and quit.</source>
        <translation>Skript ausführen (oder Trace öffnen), das aussagekräftigste Ereignis auswählen, das Fenster in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="157"/>
        <source>With --screenshot: also save the run&apos;s trace to FILE (.lstrace).</source>
        <translation>Mit --screenshot: zusätzlich den Trace des Laufs in FILE (.lstrace) speichern.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="161"/>
        <source>Run under the version profile NAME (%1; the default: %2).</source>
        <translation>Unter dem Versionsprofil NAME ausführen (%1; Voreinstellung: %2).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="166"/>
        <source>Run the script under the profiles A and B, one after the other, and show both in the comparison window (with --screenshot: save that window once both runs have ended).</source>
        <translation>Das Skript unter den Profilen A und B nacheinander ausführen und beide im Vergleichsfenster zeigen (mit --screenshot: dieses Fenster speichern, sobald beide Läufe beendet sind).</translation>
    </message>
</context>
</TS>
