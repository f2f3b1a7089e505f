#include "runtime/output.h"

#include <cerrno>
#include <unistd.h>

namespace loopscope {

Output::Output(bool toStdio, Sink sink)
    : m_toStdio(toStdio)
    , m_sink(std::move(sink))
{
}

void Output::write(Stream stream, const QByteArray &utf8) const
{
    if (m_toStdio)
        writeAll(stream == Stream::Stdout ? STDOUT_FILENO : STDERR_FILENO, utf8);
    if (m_sink)
        m_sink(stream, QString::fromUtf8(utf8));
}

void writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // a closed pipe: nothing sensible left to do with the text
        }
        p += n;
        left -= n;
    }
}

QString exitReasonName(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Completed: return QStringLiteral("completed");
    case ExitReason::UncaughtException: return QStringLiteral("uncaught-exception");
    case ExitReason::UnhandledRejection: return QStringLiteral("unhandled-rejection");
    case ExitReason::SyntaxError: return QStringLiteral("syntax-error");
    case ExitReason::LoadError: return QStringLiteral("load-error");
    case ExitReason::StalledTopLevelAwait: return QStringLiteral("stalled-top-level-await");
    case ExitReason::Stopped: return QStringLiteral("stopped");
    case ExitReason::TimedOut: return QStringLiteral("timed-out");
    }
    return {};
}

int exitCodeFor(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Completed: return 0;
    case ExitReason::Stopped: return 130;
    case ExitReason::TimedOut: return 124;
    default: return 1;
    }
}

} // namespace loopscope
