// Runs a script on a real engine thread and collects what it printed, for the unit tests.
#pragma once

#include "runtime/run.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

namespace loopscope::test {

struct ScriptOutput {
    QString out;     // stdout
    QString err;     // stderr
    QString merged;  // both, in order
    RunResult result;
    bool finished = false;
};

// The directory the scripts seem to run from (their file:// URLs point there).
inline QString scriptDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

inline ScriptOutput runScript(const QString &source, double timeoutSeconds = 10,
                              const QString &name = QStringLiteral("test.js"),
                              const QString &profile = QStringLiteral("deno-2.9"))
{
    RunOptions options;
    options.scriptPath = scriptDir() + u'/' + name;
    options.source = source;
    options.timeoutSeconds = timeoutSeconds;
    options.profile = profile;
    ScriptOutput output;
    Run run(options);
    QEventLoop loop;
    QObject::connect(&run, &Run::output, &loop, [&output](Stream stream, const QString &text) {
        (stream == Stream::Stdout ? output.out : output.err) += text;
        output.merged += text;
    });
    QObject::connect(&run, &Run::finished, &loop, [&](const RunResult &result) {
        output.result = result;
        output.finished = true;
        loop.quit();
    });
    run.start();
    loop.exec();
    run.wait();
    return output;
}

} // namespace loopscope::test
