#include "cli_trace.h"

#include "runtime/output.h"
#include "trace/export.h"
#include "trace/summary.h"
#include "trace/tracefile.h"

#include <QtCore/QFileInfo>

#include <unistd.h>

namespace loopscope::cli {

namespace {

void err(const QString &text)
{
    writeAll(STDERR_FILENO, (text + u'\n').toUtf8());
}

QString exportUsage()
{
    return QStringLiteral(
        "Usage: loopscope export FILE [--format chrome|csv] [-o OUT]\n"
        "  --format chrome   Chrome Trace Event Format JSON, for https://ui.perfetto.dev (default)\n"
        "  --format csv      one row per event\n"
        "  -o OUT            where to write; - for standard output (default: FILE with .json or .csv)\n");
}

QString summaryUsage()
{
    return QStringLiteral("Usage: loopscope summary FILE\n");
}

bool isHelp(const QString &a)
{
    return a == u"-h" || a == u"--help";
}

bool load(const QString &path, trace::TraceData *data)
{
    QString error;
    if (!trace::readTrace(path, data, &error)) {
        err(QStringLiteral("error: ") + error);
        return false;
    }
    return true;
}

} // namespace

int exportCommand(const QStringList &args)
{
    QString file, format = QStringLiteral("chrome"), output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        // The value of an option: --name=value, -oVALUE or the next argument.
        auto value = [&](const QString &name, QString *out) -> bool {
            if (a.startsWith(u"--") && a.contains(u'=')) {
                *out = a.section(u'=', 1);
                return true;
            }
            if (a.startsWith(u"-o") && a.size() > 2 && !a.startsWith(u"--")) {
                *out = a.mid(2);
                return true;
            }
            if (i + 1 >= args.size()) {
                err(QStringLiteral("error: %1 needs a value\n\n%2").arg(name, exportUsage()));
                return false;
            }
            *out = args[++i];
            return true;
        };
        if (isHelp(a)) {
            writeAll(STDOUT_FILENO, exportUsage().toUtf8());
            return 0;
        } else if (a == u"--format" || a.startsWith(u"--format=")) {
            if (!value(QStringLiteral("--format"), &format))
                return 2;
        } else if (a == u"-o" || a == u"--output" || a.startsWith(u"--output=") || (a.startsWith(u"-o") && a.size() > 2)) {
            if (!value(QStringLiteral("-o"), &output))
                return 2;
            if (output.isEmpty()) {
                err(QStringLiteral("error: -o needs a file name (or - for standard output)"));
                return 2;
            }
        } else if (a.startsWith(u'-') && a != u"-") {
            err(QStringLiteral("error: unknown option %1\n\n%2").arg(a, exportUsage()));
            return 2;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            err(QStringLiteral("error: `loopscope export` takes one trace file, got also %1\n\n%2").arg(a, exportUsage()));
            return 2;
        }
    }
    format = format.toLower();
    if (format != u"chrome" && format != u"csv") {
        err(QStringLiteral("error: unknown export format \"%1\"; use chrome or csv").arg(format));
        return 2;
    }
    if (file.isEmpty()) {
        err(QStringLiteral("error: `loopscope export` needs a trace file\n\n") + exportUsage());
        return 2;
    }
    const QString extension = format == u"csv" ? QStringLiteral(".csv") : QStringLiteral(".json");
    if (output.isEmpty()) {
        output = file.endsWith(QLatin1String(".lstrace")) ? file.chopped(8) + extension : file + extension;
    }
    if (output != u"-" && QFileInfo(output).absoluteFilePath() == QFileInfo(file).absoluteFilePath()) {
        err(QStringLiteral("error: the output %1 is the trace itself; choose another file with -o").arg(output));
        return 2;
    }

    trace::TraceData data;
    if (!load(file, &data))
        return 1;
    QString error;
    trace::ExportStats stats;
    const bool ok = format == u"csv" ? trace::exportCsv(data, output, &error, &stats)
                                     : trace::exportChrome(data, output, &error, &stats);
    if (!ok) {
        err(QStringLiteral("error: ") + error);
        return 1;
    }
    if (output != u"-") {
        QString what;
        if (format == u"csv")
            what = QStringLiteral("%1 rows").arg(stats.records);
        else
            what = QStringLiteral("%1 slices, %2 instants, %3 counter samples, %4 flows")
                       .arg(stats.slices)
                       .arg(stats.instants)
                       .arg(stats.counters)
                       .arg(stats.flows);
        writeAll(STDOUT_FILENO, QStringLiteral("wrote %1 (%2 events: %3)\n").arg(output).arg(stats.events).arg(what).toUtf8());
    }
    if (!data.complete)
        err(QStringLiteral("warning: %1 is incomplete: the recording process did not finish it").arg(file));
    return 0;
}

int summaryCommand(const QStringList &args)
{
    QString file;
    for (const QString &a : args) {
        if (isHelp(a)) {
            writeAll(STDOUT_FILENO, summaryUsage().toUtf8());
            return 0;
        }
        if (a.startsWith(u'-')) {
            err(QStringLiteral("error: unknown option %1\n\n%2").arg(a, summaryUsage()));
            return 2;
        }
        if (!file.isEmpty()) {
            err(QStringLiteral("error: `loopscope summary` takes one trace file, got also %1\n\n%2").arg(a, summaryUsage()));
            return 2;
        }
        file = a;
    }
    if (file.isEmpty()) {
        err(QStringLiteral("error: `loopscope summary` needs a trace file\n\n") + summaryUsage());
        return 2;
    }
    trace::TraceData data;
    if (!load(file, &data))
        return 1;
    writeAll(STDOUT_FILENO, (QStringLiteral("Trace  %1\n\n").arg(file) + trace::summarize(data)).toUtf8());
    return 0;
}

} // namespace loopscope::cli
