// The globals a script sees: console, queueMicrotask, the timer functions, performance.
#include "runtime/engine.h"

#include "ffi/ffihost.h"
#include "runtime/errorformat.h"
#include "runtime/v8util.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFile>

#include <chrono>
#include <thread>

#include <unistd.h>

// The runtime's built-in scripts live in a resource of the static core library, which the
// linker would drop without an explicit reference.
static void initRuntimeResources()
{
    Q_INIT_RESOURCE(runtime);
}

namespace loopscope {

using v8util::ignore;
using v8util::qstr;
using v8util::str;

namespace {

Engine *engineOf(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    return Engine::from(info.GetIsolate());
}

void setFunction(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target,
                 const char *name, v8::FunctionCallback callback)
{
    v8::Local<v8::Function> fn = v8::FunctionTemplate::New(isolate, callback)->GetFunction(ctx).ToLocalChecked();
    fn->SetName(str(isolate, name));
    ignore(target->Set(ctx, str(isolate, name), fn));
}

QString readResource(const char *path)
{
    static const bool initialised = (initRuntimeResources(), true);
    Q_UNUSED(initialised);
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("loopscope: missing built-in resource %s", path);
    return QString::fromUtf8(f.readAll());
}

// Compiles a built-in script whose whole text is one function expression and returns it.
v8::Local<v8::Function> builtinFunction(v8::Isolate *isolate, v8::Local<v8::Context> ctx,
                                        const char *resource, const char *name)
{
    v8::ScriptOrigin origin(isolate, str(isolate, QStringLiteral("ext:loopscope/%1").arg(QLatin1StringView(name))));
    v8::Local<v8::Script> script
        = v8::Script::Compile(ctx, str(isolate, readResource(resource)), &origin).ToLocalChecked();
    return script->Run(ctx).ToLocalChecked().As<v8::Function>();
}

// --- host functions for console.js -----------------------------------------------------------

void promiseState(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    v8::Isolate *isolate = info.GetIsolate();
    if (info.Length() < 1 || !info[0]->IsPromise())
        return;
    auto p = info[0].As<v8::Promise>();
    v8::Local<v8::Value> items[2];
    switch (p->State()) {
    case v8::Promise::kPending:
        items[0] = v8::Integer::New(isolate, 0);
        items[1] = v8::Undefined(isolate);
        break;
    case v8::Promise::kFulfilled:
        items[0] = v8::Integer::New(isolate, 1);
        items[1] = p->Result();
        break;
    case v8::Promise::kRejected:
        items[0] = v8::Integer::New(isolate, 2);
        items[1] = p->Result();
        break;
    }
    info.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

void proxyDetails(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    v8::Isolate *isolate = info.GetIsolate();
    if (info.Length() < 1 || !info[0]->IsProxy())
        return;
    auto p = info[0].As<v8::Proxy>();
    v8::Local<v8::Value> items[2] = {p->GetTarget(), p->GetHandler()};
    info.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

void previewEntries(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    v8::Isolate *isolate = info.GetIsolate();
    if (info.Length() < 1 || !info[0]->IsObject())
        return;
    bool isKeyValue = false;
    v8::Local<v8::Array> entries;
    if (!info[0].As<v8::Object>()->PreviewEntries(&isKeyValue).ToLocal(&entries))
        return;
    v8::Local<v8::Value> items[2] = {entries, v8::Boolean::New(isolate, isKeyValue)};
    info.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

// --- natives for bootstrap.js ----------------------------------------------------------------

void nativePrint(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    Engine *engine = engineOf(info);
    const int stream = info[0]->Int32Value(engine->context()).FromMaybe(0);
    engine->print(stream == 1 ? Stream::Stderr : Stream::Stdout, v8util::utf8(info.GetIsolate(), info[1], true));
}

void nativeWrite(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    Engine *engine = engineOf(info);
    const int stream = info[0]->Int32Value(engine->context()).FromMaybe(0);
    engine->print(stream == 1 ? Stream::Stderr : Stream::Stdout, v8util::utf8(info.GetIsolate(), info[1], false));
}

void nativeNow(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    info.GetReturnValue().Set(engineOf(info)->now());
}

void nativeCreateTimer(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    info.GetReturnValue().Set(engineOf(info)->setTimer(info, info[3]->IsTrue()));
}

void nativeClearTimer(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    engineOf(info)->clearTimer(info[0]);
}


void queueMicrotaskCallback(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    v8::Isolate *isolate = info.GetIsolate();
    if (info.Length() < 1 || !info[0]->IsFunction()) {
        isolate->ThrowException(v8::Exception::TypeError(str(isolate, "expected a function")));
        return;
    }
    engineOf(info)->queueMicrotask(info[0].As<v8::Function>());
}

void performanceNow(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    info.GetReturnValue().Set(engineOf(info)->now());
}

// Deno's lazily loaded globals: an accessor whose first read loads the module (and, outside
// top-level evaluation, runs a microtask checkpoint).
void lazyGetter(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    v8::Isolate *isolate = info.GetIsolate();
    Engine *engine = Engine::from(isolate);
    v8::Local<v8::Context> ctx = engine->context();
    auto data = info.Data().As<v8::Array>();
    const int group = data->Get(ctx, 0).ToLocalChecked()->Int32Value(ctx).FromMaybe(0);
    v8::Local<v8::Value> value = data->Get(ctx, 1).ToLocalChecked();
    v8::Local<v8::Name> name = data->Get(ctx, 2).ToLocalChecked().As<v8::Name>();
    Q_UNUSED(name);
    // The property stays an accessor, as Deno's propWritableLazyLoaded does; only assigning to
    // it turns it into a data property.
    engine->lazyLoad(group);
    info.GetReturnValue().Set(value);
}

void lazySetter(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    v8::Isolate *isolate = info.GetIsolate();
    Engine *engine = Engine::from(isolate);
    v8::Local<v8::Context> ctx = engine->context();
    auto data = info.Data().As<v8::Array>();
    v8::Local<v8::Name> name = data->Get(ctx, 2).ToLocalChecked().As<v8::Name>();
    v8::PropertyDescriptor desc(info[0], true);
    desc.set_enumerable(true);
    desc.set_configurable(true);
    ignore(ctx->Global()->DefineProperty(ctx, name, desc));
}

} // namespace


void Engine::installGlobals()
{
    v8::Isolate *isolate = m_isolate;
    v8::Local<v8::Context> ctx = context();
    v8::Local<v8::Object> global = ctx->Global();

    // Language built-ins newer than V8 10.2, so that scripts see what Deno's V8 offers.
    {
        v8::Local<v8::Value> globalArg = global;
        v8::Local<v8::Function> builtins = builtinFunction(isolate, ctx, ":/loopscope/runtime/builtins.js", "builtins.js");
        ignore(builtins->Call(ctx, v8::Undefined(isolate), 1, &globalArg));
        v8::Local<v8::Function> encoding = builtinFunction(isolate, ctx, ":/loopscope/runtime/encoding.js", "encoding.js");
        ignore(encoding->Call(ctx, v8::Undefined(isolate), 1, &globalArg));
    }

    // console.js gets the few facts only the engine can tell.
    v8::Local<v8::Object> host = v8::Object::New(isolate);
    setFunction(isolate, ctx, host, "promiseState", promiseState);
    setFunction(isolate, ctx, host, "proxyDetails", proxyDetails);
    setFunction(isolate, ctx, host, "previewEntries", previewEntries);
    v8::Local<v8::Value> hostArg = host;
    v8::Local<v8::Function> consoleFactory = builtinFunction(isolate, ctx, ":/loopscope/runtime/console.js", "console.js");
    v8::Local<v8::Object> api = consoleFactory->Call(ctx, v8::Undefined(isolate), 1, &hostArg)
                                    .ToLocalChecked()
                                    .As<v8::Object>();
    m_consoleApi.Reset(isolate, api);

    v8::Local<v8::Object> native = v8::Object::New(isolate);
    setFunction(isolate, ctx, native, "print", nativePrint);
    setFunction(isolate, ctx, native, "write", nativeWrite);
    setFunction(isolate, ctx, native, "now", nativeNow);
    setFunction(isolate, ctx, native, "createTimer", nativeCreateTimer);
    setFunction(isolate, ctx, native, "clearTimer", nativeClearTimer);
    setFunction(isolate, ctx, native, "timerRef", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        Engine *engine = engineOf(info);
        const double id = info[0]->NumberValue(engine->context()).FromMaybe(0);
        if (Timer *t = engine->m_timers.find(std::uint64_t(id)))
            engine->m_timers.setRefed(t, info[1]->IsTrue());
    });
    setFunction(isolate, ctx, native, "timerRefresh", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        Engine *engine = engineOf(info);
        engine->refreshTimer(info[0]->NumberValue(engine->context()).FromMaybe(0));
    });
    setFunction(isolate, ctx, native, "timerHasRef", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        Engine *engine = engineOf(info);
        const double id = info[0]->NumberValue(engine->context()).FromMaybe(0);
        Timer *t = engine->m_timers.find(std::uint64_t(id));
        info.GetReturnValue().Set(t && t->refed);
    });
    setFunction(isolate, ctx, native, "queueTick", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        if (info[0]->IsFunction() && info[1]->IsArray())
            engineOf(info)->queueTick(info[0].As<v8::Function>(), info[1].As<v8::Array>());
    });
    setFunction(isolate, ctx, native, "setImmediate", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        if (info[0]->IsFunction() && info[1]->IsArray() && info[2]->IsObject())
            info.GetReturnValue().Set(engineOf(info)->setImmediate(
                info[0].As<v8::Function>(), info[1].As<v8::Array>(), info[2].As<v8::Object>()));
    });
    setFunction(isolate, ctx, native, "clearImmediate", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        Engine *engine = engineOf(info);
        engine->clearImmediate(info[0]->NumberValue(engine->context()).FromMaybe(0));
    });
    setFunction(isolate, ctx, native, "immediateRef", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        Engine *engine = engineOf(info);
        engine->setImmediateRefed(info[0]->NumberValue(engine->context()).FromMaybe(0), info[1]->IsTrue());
    });
    setFunction(isolate, ctx, native, "immediateHasRef", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        Engine *engine = engineOf(info);
        info.GetReturnValue().Set(engine->immediateRefed(info[0]->NumberValue(engine->context()).FromMaybe(0)));
    });
    setFunction(isolate, ctx, native, "exit", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        engineOf(info)->requestExit();
    });
    setFunction(isolate, ctx, native, "getExitCode", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        info.GetReturnValue().Set(engineOf(info)->exitCode());
    });
    setFunction(isolate, ctx, native, "setExitCode", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        Engine *engine = engineOf(info);
        engine->setExitCode(info[0]->Int32Value(engine->context()).FromMaybe(0));
    });
    setFunction(isolate, ctx, native, "exceptionMessage", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        info.GetReturnValue().Set(str(info.GetIsolate(), engineOf(info)->exceptionMessage(info[0])));
    });
    setFunction(isolate, ctx, native, "exceptionLocation", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        v8::Isolate *isolate = info.GetIsolate();
        v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
        QString file;
        int line = 0, column = 0;
        v8::Local<v8::Value> error = info[0];
        if (error->IsNativeError()) {
            const QList<CallSite> sites = errorCallSites(isolate, ctx, error.As<v8::Object>());
            if (!sites.isEmpty()) {
                file = sites.first().file;
                line = sites.first().line;
                column = sites.first().column;
            }
        } else {
            v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 32);
            for (int i = 0; i < trace->GetFrameCount(); ++i) {
                v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
                const QString name = qstr(isolate, frame->GetScriptNameOrSourceURL());
                if (name.isEmpty() || name.startsWith(u"ext:"))
                    continue;
                file = name;
                line = frame->GetLineNumber();
                column = frame->GetColumn();
                break;
            }
        }
        v8::Local<v8::Value> items[3] = {str(isolate, file), v8::Integer::New(isolate, line),
                                         v8::Integer::New(isolate, column)};
        info.GetReturnValue().Set(v8::Array::New(isolate, items, 3));
    });
    setFunction(isolate, ctx, native, "dispatchException", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        engineOf(info)->dispatchUncaught(info[0], false);
    });
    setFunction(isolate, ctx, native, "emitWarning", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        engineOf(info)->emitProcessWarning(qstr(info.GetIsolate(), info[0]), qstr(info.GetIsolate(), info[1]));
    });
    setFunction(isolate, ctx, native, "envGet", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        const QByteArray key = qstr(info.GetIsolate(), info[0]).toUtf8();
        if (const char *value = ::getenv(key.constData()))
            info.GetReturnValue().Set(str(info.GetIsolate(), QString::fromUtf8(value)));
    });
    setFunction(isolate, ctx, native, "envSet", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        ::setenv(qstr(info.GetIsolate(), info[0]).toUtf8().constData(),
                 qstr(info.GetIsolate(), info[1]).toUtf8().constData(), 1);
    });
    setFunction(isolate, ctx, native, "envDelete", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        ::unsetenv(qstr(info.GetIsolate(), info[0]).toUtf8().constData());
    });
    setFunction(isolate, ctx, native, "envObject", [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        v8::Isolate *isolate = info.GetIsolate();
        v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
        v8::Local<v8::Object> result = v8::Object::New(isolate);
        for (char **e = environ; e && *e; ++e) {
            const QString entry = QString::fromUtf8(*e);
            const qsizetype eq = entry.indexOf(u'=');
            if (eq > 0)
                ignore(result->Set(ctx, str(isolate, entry.left(eq)), str(isolate, entry.mid(eq + 1))));
        }
        info.GetReturnValue().Set(result);
    });
    ignore(native->Set(ctx, str(isolate, "pid"), v8::Integer::New(isolate, ::getpid())));
    ignore(native->Set(ctx, str(isolate, "ppid"), v8::Integer::New(isolate, ::getppid())));
    ignore(native->Set(ctx, str(isolate, "scriptPath"), str(isolate, QFileInfo(m_options.scriptPath).absoluteFilePath())));
    ignore(native->Set(ctx, str(isolate, "cwd"), str(isolate, QDir::currentPath())));
    m_ffi = std::make_unique<ffi::FfiHost>(*this, m_control, m_output, m_options.releaseNativeThreadsAtEnd);
    m_ffi->install(ctx, native);
    v8::Local<v8::Function> bootstrap = builtinFunction(isolate, ctx, ":/loopscope/runtime/bootstrap.js", "bootstrap.js");
    v8::Local<v8::Value> args[2] = {api, native};
    v8::Local<v8::Object> lazyModules = bootstrap->Call(ctx, v8::Undefined(isolate), 2, args)
                                            .ToLocalChecked()
                                            .As<v8::Object>();
    m_events.Reset(isolate, lazyModules->Get(ctx, str(isolate, "events")).ToLocalChecked().As<v8::Object>());

    // Deno.dlopen and the Unsafe* classes, over the natives of core/ffi.
    {
        v8::Local<v8::Value> ffiArgs[2] = {native->Get(ctx, str(isolate, "ffi")).ToLocalChecked(),
                                           global->Get(ctx, str(isolate, "Deno")).ToLocalChecked()};
        v8::Local<v8::Function> ffiScript = builtinFunction(isolate, ctx, ":/loopscope/runtime/ffi.js", "ffi.js");
        ignore(ffiScript->Call(ctx, v8::Undefined(isolate), 2, ffiArgs));
    }

    // The timer and process globals. Deno 2.9 loads them lazily, one group per module
    // (node:timers, node:process); 2.x before that had them from start-up; 1.x had only the Web
    // timers, no setImmediate and no process.
    const bool lazy = m_profile->lazyTimersCheckpoint;
    const bool web = m_profile->timers == TimerModel::Web;
    const bool node = m_profile->nodeGlobals;
    if (!lazy) {
        // Loaded at start-up. process.stderr is still made on first use in every 2.x, and
        // that lazy load runs a checkpoint too.
        m_lazyLoaded[LazyTimers] = true;
        m_lazyLoaded[LazyProcess] = node;
    }
    const std::pair<const char *, LazyGroup> groups[] = {{"timers", LazyTimers}, {"process", LazyProcess}};
    v8::Local<v8::Object> webTimers = lazyModules->Get(ctx, str(isolate, "webTimers")).ToLocalChecked().As<v8::Object>();
    for (const auto &[module, group] : groups) {
        if (!node && group == LazyProcess)
            continue;
        v8::Local<v8::Object> exports = lazyModules->Get(ctx, str(isolate, module)).ToLocalChecked().As<v8::Object>();
        v8::Local<v8::Array> names = exports->GetOwnPropertyNames(ctx).ToLocalChecked();
        for (uint32_t i = 0; i < names->Length(); ++i) {
            v8::Local<v8::String> key = names->Get(ctx, i).ToLocalChecked().As<v8::String>();
            // Web timers replace Node's setTimeout family; setImmediate stays a Node global.
            const bool webTimer = web && webTimers->HasOwnProperty(ctx, key).FromMaybe(false);
            if (!node && !webTimer && group == LazyTimers)
                continue;
            if (!lazy) {
                // Plain, enumerable data properties, as Deno before 2.9 defined them.
                ignore(global->DefineOwnProperty(ctx, key,
                                                 (webTimer ? webTimers : exports)->Get(ctx, key).ToLocalChecked(),
                                                 v8::None));
                continue;
            }
            v8::Local<v8::Value> items[3] = {v8::Integer::New(isolate, group),
                                             exports->Get(ctx, key).ToLocalChecked(), key};
            v8::Local<v8::Array> data = v8::Array::New(isolate, items, 3);
            v8::Local<v8::Function> getter = v8::Function::New(ctx, lazyGetter, data).ToLocalChecked();
            v8::Local<v8::Function> setter = v8::Function::New(ctx, lazySetter, data).ToLocalChecked();
            global->SetAccessorProperty(key, getter, setter, v8::None);
        }
    }

    v8::Local<v8::Function> qm = v8::FunctionTemplate::New(isolate, queueMicrotaskCallback, {}, {}, 1)
                                     ->GetFunction(ctx)
                                     .ToLocalChecked();
    qm->SetName(str(isolate, "queueMicrotask"));
    ignore(global->DefineOwnProperty(ctx, str(isolate, "queueMicrotask"), qm, v8::None));

    v8::Local<v8::Object> performance = v8::Object::New(isolate);
    setFunction(isolate, ctx, performance, "now", performanceNow);
    ignore(performance->Set(ctx, str(isolate, "timeOrigin"),
                            v8::Number::New(isolate, double(QDateTime::currentMSecsSinceEpoch()) - now())));
    ignore(global->DefineOwnProperty(ctx, str(isolate, "performance"), performance, v8::None));
}

void Engine::lazyLoad(int group)
{
    // Profiles before 2.9 load these globals at start-up (installGlobals marks them loaded).
    if (group < 0 || group >= LazyGroupCount || m_lazyLoaded[group])
        return;
    m_lazyLoaded[group] = true;
    // Loading the module takes Deno 2.9.6 measurable time, during which timers keep expiring:
    // a 1 ms timer set before `process` is first touched has always expired by the next loop
    // turn. The cost is modelled as the engine thread waiting for the median measured on the
    // real binary (2-core VM, `deno run` with a fresh DENO_DIR, which is how the conformance
    // expectations are captured: Deno's code cache for these modules lives in DENO_DIR, and a
    // warm cache roughly halves the times). Measured: first read of globalThis.setTimeout
    // 12.7 ms; of globalThis.process 26 ms; first warning printed through process.stderr
    // (creating the stream, loading its option parser) 9.5 ms.
    static constexpr double kLoadCostMs[LazyGroupCount] = {12.7, 25.5, 9.5};
    std::this_thread::sleep_for(std::chrono::microseconds(qint64(kLoadCostMs[group] * 1000)));
    // deno-semantics.md §9: loading the module runs a checkpoint unless the top level is being
    // evaluated. V8 ignores the request while it is already running microtasks.
    if (!m_evaluatingTopLevel && !fatal())
        m_isolate->PerformMicrotaskCheckpoint();
}

v8::Local<v8::Value> Engine::setTimer(const v8::FunctionCallbackInfo<v8::Value> &info, bool repeat)
{
    v8::Local<v8::Context> ctx = context();
    const bool undefinedDelay = info[1]->IsUndefined();
    const bool web = m_profile->timers == TimerModel::Web;
    double clamped = 0;
    double after = 0;
    TimerList::Clamp why = TimerList::Clamp::None;
    int nesting = 0;
    if (web) {
        // Deno's Web timers (before 2.8): the delay is a WebIDL long (NaN 0, wrapped to 32
        // bits), negative means 0, and until 1.41.1 at least 4 ms once timers nest more than 5
        // deep.
        clamped = undefinedDelay ? 0 : info[1]->Int32Value(ctx).FromMaybe(0);
        if (clamped < 0)
            clamped = 0;
        if (m_profile->nestingClamp && m_currentNesting > 5 && clamped < 4)
            clamped = 4;
        nesting = m_currentNesting + 1;
    } else {
        after = undefinedDelay ? 1 : info[1]->NumberValue(ctx).FromMaybe(std::nan(""));
        clamped = TimerList::clampDelay(after, undefinedDelay, &why);
    }
    if (why != TimerList::Clamp::None && why != TimerList::Clamp::BelowOne) {
        const QString shown = qstr(m_isolate, v8::Number::New(m_isolate, after)->ToString(ctx).ToLocalChecked());
        if (why == TimerList::Clamp::Overflow) {
            emitProcessWarning(QStringLiteral("TimeoutOverflowWarning"),
                               shown + u" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.");
        } else if (why == TimerList::Clamp::Negative && !m_warnedNegative) {
            m_warnedNegative = true;
            emitProcessWarning(QStringLiteral("TimeoutNegativeWarning"),
                               shown + u" is a negative number.\nTimeout duration was set to 1.");
        } else if (why == TimerList::Clamp::NotANumber && !m_warnedNaN) {
            m_warnedNaN = true;
            emitProcessWarning(QStringLiteral("TimeoutNaNWarning"),
                               shown + u" is not a number.\nTimeout duration was set to 1.");
        }
    }
    Timer *timer = m_timers.create(clamped, repeat, true);
    if (m_rec)
        m_timerFlows[timer->id] = record(trace::Kind::TimerScheduled,
                                         {.id = std::uint32_t(timer->id), .id2 = repeat ? 1u : 0u,
                                          .value = std::int64_t(clamped * 1e6), .flow = trace::Recorder::kNewFlow});
    v8::Local<v8::Value> receiver = info[4]->IsObject() ? info[4] : v8::Local<v8::Value>();
    m_timerPayloads.emplace(timer->id, makeCall(info[0].As<v8::Function>(), receiver, info[2]));
    if (web)
        m_timerNesting[timer->id] = nesting;
    return v8::Number::New(m_isolate, double(timer->id));
}

void Engine::refreshTimer(double id)
{
    if (Timer *t = m_timers.find(std::uint64_t(id)))
        m_timers.refresh(t);
}

void Engine::clearTimer(v8::Local<v8::Value> handle)
{
    const double id = handle->NumberValue(context()).FromMaybe(0);
    if (id <= 0)
        return;
    if (Timer *t = m_timers.find(std::uint64_t(id))) {
        if (!t->destroyed) {
            if (m_rec) {
                auto flow = m_timerFlows.find(t->id);
                record(trace::Kind::TimerCleared, {.id = std::uint32_t(t->id),
                                                   .flow = flow == m_timerFlows.end() ? 0 : flow->second});
                m_timerFlows.erase(t->id);
            }
            m_timerPayloads.erase(t->id);
            m_timerNesting.erase(t->id);
            m_timers.cancel(t);
        }
    }
}

// Node's process.emitWarning: the warning is printed from a nextTick, the first time after
// node:process has been loaded (lazily, like node:timers).
void Engine::emitProcessWarning(const QString &type, const QString &message)
{
    lazyLoad(LazyProcess);
    // Building the first warning object (its stack capture included) costs Deno ~0.9 ms.
    if (!m_warnedBefore) {
        m_warnedBefore = true;
        std::this_thread::sleep_for(std::chrono::microseconds(900));
    }
    m_ticks.push([this, type, message] {
        // The default warning listener writes to process.stderr, a stream Deno creates on first
        // use; creating it loads modules lazily, and that load runs a checkpoint (§9), so the
        // first warning prints after the microtasks already queued. Deno's node:process prints
        // without Node's "--trace-warnings" hint.
        lazyLoad(LazyStderr);
        print(Stream::Stderr, QStringLiteral("(node:%1) %2: %3\n").arg(::getpid()).arg(type, message));
        return true;
    });
}

} // namespace loopscope
