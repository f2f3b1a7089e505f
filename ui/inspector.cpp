#include "inspector.h"

#include "eventmodel.h"
#include "tracesession.h"

#include <QtCore/QUrl>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace loopscope::ui {

using namespace loopscope::trace;

namespace {

constexpr std::size_t kNone = std::size_t(-1);

QString ms(std::int64_t ns)
{
    return Inspector::tr("%1 ms").arg(double(ns) / 1e6, 0, 'f', 3);
}

QString callbackKindText(std::int64_t kind)
{
    switch (CallbackKind(kind)) {
    case CallbackKind::Sync: return Inspector::tr("synchronous");
    case CallbackKind::ThreadSafe: return Inspector::tr("thread-safe");
    case CallbackKind::Interrupt: return Inspector::tr("interrupt");
    }
    return QString::number(kind);
}

} // namespace

Inspector::Inspector(TraceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(6);
    m_browser->document()->setDefaultStyleSheet(QStringLiteral(
        "a { text-decoration: none; } .h { font-weight: bold; margin-top: 10px; margin-bottom: 2px; }"
        " .i { margin-left: 10px; margin-top: 1px; margin-bottom: 1px; } .g { color: gray; }"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &Inspector::onAnchorClicked);
    connect(session, &TraceSession::selectionChanged, this, &Inspector::refresh);
    connect(session, &TraceSession::reset, this, &Inspector::refresh);
    refresh();
}

void Inspector::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() != QLatin1StringView("event"))
        return;
    bool ok = false;
    const qulonglong index = url.path().toULongLong(&ok);
    if (ok)
        m_session->select(std::size_t(index));
}

void Inspector::refresh()
{
    for (auto &lines : m_lines)
        lines.clear();
    for (auto &links : m_links)
        links.clear();
    const std::size_t index = m_session->selected();
    m_shown = index;
    // Stepping through events keeps the sections where they were on screen.
    const int scroll = m_browser->verticalScrollBar()->value();
    if (index == TraceSession::npos || index >= m_session->size()) {
        m_shown = TraceSession::npos;
        m_browser->setHtml(QStringLiteral("<p class=\"g\">%1</p>")
                               .arg(tr("Select an event in the table or the timeline to see the state of "
                                       "the run at that moment and why the event ran when it did.")
                                        .toHtmlEscaped()));
        return;
    }
    m_browser->setHtml(build(index));
    m_browser->verticalScrollBar()->setValue(scroll);
}

void Inspector::heading(QString &html, const QString &title, int count)
{
    html += QStringLiteral("<p class=\"h\">") + title.toHtmlEscaped();
    if (count >= 0)
        html += QStringLiteral(" <span class=\"g\">(%1)</span>").arg(count);
    html += QStringLiteral("</p>");
}

void Inspector::empty(QString &html, const QString &text)
{
    html += QStringLiteral("<p class=\"i g\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

void Inspector::add(QString &html, Section section, const QString &text, std::size_t link, const QString &detail)
{
    QString line = text;
    html += QStringLiteral("<p class=\"i\">");
    if (link != kNone && link < m_session->size()) {
        html += QStringLiteral("<a href=\"event:%1\">%2</a>").arg(link).arg(text.toHtmlEscaped());
        m_links[section].push_back(link);
    } else {
        html += text.toHtmlEscaped();
    }
    if (!detail.isEmpty()) {
        html += QStringLiteral(" <span class=\"g\">") + detail.toHtmlEscaped() + QStringLiteral("</span>");
        line += QLatin1Char(' ') + detail;
    }
    html += QStringLiteral("</p>");
    m_lines[section] << line;
}

QString Inspector::callbackName(std::uint32_t id) const
{
    const QString label = m_session->data().callbackLabel(id);
    return label.isEmpty() ? tr("callback #%1").arg(id) : tr("callback #%1 %2").arg(id).arg(label);
}

QString Inspector::timeAt(std::size_t index) const
{
    return index < m_session->size() ? ms(m_session->data().events[index].t) : QString();
}

QString Inspector::build(std::size_t index)
{
    const Replay &replay = m_session->replay();
    const TraceData &d = m_session->data();
    const ReplayState s = replay.stateAt(index);
    QString html;

    // What it is, and why it ran now. explain() begins with describe() and ends with one line
    // per cause, nearest first.
    html += QStringLiteral("<p><b>") + replay.describe(index).toHtmlEscaped() + QStringLiteral("</b></p>");
    m_lines[Description] << replay.describe(index);
    heading(html, tr("Why did this run now?"));
    const QStringList explanation = replay.explain(index);
    const std::vector<std::size_t> causes = replay.causes(index);
    const qsizetype firstCause = explanation.size() - qsizetype(causes.size());
    for (qsizetype i = 1; i < explanation.size(); ++i) {
        QString line = explanation[i].trimmed();
        if (i >= firstCause)
            add(html, Why, line, causes[std::size_t(i - firstCause)]);
        else
            add(html, Why, line);
    }
    if (explanation.size() <= 1)
        empty(html, tr("Nothing led to it: it began a chain of its own."));

    heading(html, tr("Call stack, engine thread (outermost first)"), int(s.stack.size()));
    for (const Frame &f : s.stack) {
        QString text;
        switch (f.type) {
        case Frame::Script: text = tr("script top level"); break;
        case Frame::NativeCall: text = tr("native call %1").arg(d.string(f.str)); break;
        case Frame::Callback:
            text = tr("%1 (%2)").arg(callbackName(f.id), callbackKindText(f.value));
            break;
        case Frame::Checkpoint: text = tr("microtask checkpoint"); break;
        case Frame::Microtask: text = tr("microtask #%1").arg(f.id); break;
        case Frame::Timer: text = tr("timer #%1").arg(f.id); break;
        }
        add(html, Stack, text, f.since, tr("since %1").arg(timeAt(f.since)));
    }
    if (s.stack.empty())
        empty(html, s.ended ? tr("The run has ended.") : tr("No JavaScript is running."));

    heading(html, tr("Microtask queue"), int(s.microtasks.size()));
    for (const QueuedJob &job : s.microtasks) {
        const char *source = valueName(Kind::MicrotaskEnqueued, std::int64_t(job.source));
        add(html, Microtasks, tr("microtask #%1 from %2").arg(job.id).arg(QLatin1StringView(source ? source : "?")),
            job.enqueued, tr("queued at %1").arg(timeAt(job.enqueued)));
    }
    if (s.microtasks.empty())
        empty(html, tr("empty"));

    heading(html, tr("Pending timers"), int(s.timers.size()));
    for (const PendingTimer &t : s.timers) {
        add(html, Timers,
            (t.interval ? tr("interval #%1 every %2") : tr("timer #%1 after %2")).arg(t.id).arg(ms(t.delayNs)),
            t.scheduled, tr("due at %1").arg(ms(t.dueNs)));
    }
    if (s.timers.empty())
        empty(html, tr("none"));

    heading(html, tr("Foreign-call inbox"), int(s.inbox.size()));
    for (const WaitingCall &c : s.inbox) {
        const QString thread = c.thread < d.threads.size() ? d.threads[c.thread].name : QString::number(c.thread);
        add(html, Inbox, tr("call #%1 \u2192 %2 from %3").arg(c.id).arg(callbackName(c.callback), thread), c.queued,
            c.running ? tr("running") : tr("queued at %1").arg(timeAt(c.queued)));
    }
    if (s.inbox.empty())
        empty(html, tr("empty"));

    // loopscope's own threads (the CPU sampler) are no part of the run.
    const int shownThreads = int(std::count_if(d.threads.begin(), d.threads.end(),
                                               [](const ThreadInfo &t) { return isShownThread(t.kind); }));
    heading(html, tr("Threads"), shownThreads);
    for (const ThreadInfo &t : d.threads) {
        if (!isShownThread(t.kind))
            continue;
        const auto it = s.threads.find(t.index);
        const ThreadState state = it != s.threads.end() ? it->second : ThreadState{};
        QString what;
        switch (state.state) {
        case ThreadState::Unknown: what = tr("no events yet"); break;
        case ThreadState::Running: what = tr("running"); break;
        case ThreadState::Blocked:
            what = tr("blocked in %1 (call #%2)").arg(callbackName(state.callback)).arg(state.call);
            break;
        case ThreadState::Idle: what = tr("idle: the loop is parked"); break;
        case ThreadState::Finished: what = tr("finished"); break;
        }
        const bool since = state.state == ThreadState::Blocked || state.state == ThreadState::Idle;
        add(html, Threads, tr("%1: %2").arg(t.name, what), since ? state.since : kNone,
            since ? tr("since %1").arg(timeAt(state.since)) : QString());
    }

    heading(html, tr("Ref counts"), int(s.refcounts.size()));
    for (const auto &[id, count] : s.refcounts)
        add(html, Refcounts, tr("%1: %2").arg(callbackName(id)).arg(count),
            kNone, count > 0 ? tr("keeps the loop alive") : QString());
    if (s.refcounts.empty())
        empty(html, tr("no open callbacks"));

    heading(html, tr("Nonblocking calls in flight"), int(s.nonblocking.size()));
    for (const auto &[id, start] : s.nonblocking) {
        const auto at = std::size_t(start);
        const QString symbol = at < d.events.size() ? d.string(d.events[at].str) : QString();
        add(html, Nonblocking, tr("call #%1 %2").arg(id).arg(symbol), at, tr("since %1").arg(timeAt(at)));
    }
    if (s.nonblocking.empty())
        empty(html, tr("none"));

    heading(html, tr("Event loop"));
    add(html, Loop, tr("phase: %1").arg(EventModel::phaseLabel(s.phase)));
    // The run has ended, spinning (and why), parked, busy.
    add(html, Loop, Replay::loopText(s));
    // The engine thread's CPU use, as the last sample before this event measured it (a trace
    // recorded without the sampler has none).
    for (const ThreadInfo &t : d.threads) {
        if (t.kind != ThreadKind::Engine)
            continue;
        const auto cpu = s.cpu.find(t.index);
        if (cpu != s.cpu.end())
            add(html, Loop, tr("CPU use of %1: %2 %").arg(t.name).arg(double(cpu->second) / 10.0, 0, 'f', 1), kNone,
                tr("the last sample"));
        else if (std::any_of(d.threads.begin(), d.threads.end(),
                             [](const ThreadInfo &o) { return o.kind == ThreadKind::Sampler; }))
            add(html, Loop, tr("CPU use of %1: not sampled yet").arg(t.name));
        break;
    }

    heading(html, tr("Why the loop is alive"));
    const QStringList reasons = s.aliveReasons(d);
    for (const QString &reason : reasons)
        add(html, Alive, reason);
    if (reasons.isEmpty())
        empty(html, s.ended ? tr("The run has ended.") : tr("Nothing keeps it alive: the loop would exit here."));
    return html;
}

} // namespace loopscope::ui
