// The inspector dock: the state of the run at the session's selected event, replayed from the
// trace, and why that event ran when it did. One rich-text page in sections; every event it
// names (a cause, the frame that opened a span, where a job was queued) is a link that selects
// that event. Rebuilt only when the selection changes, so a live run costs nothing until the
// user picks an event.
#pragma once

#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

class QTextBrowser;
class QUrl;

namespace loopscope::trace {
struct ReplayState;
}

namespace loopscope::ui {

class TraceSession;

class Inspector : public QWidget
{
    Q_OBJECT
public:
    enum Section {
        Description, Why, Stack, Microtasks, Timers, Inbox, Threads, Refcounts, Nonblocking, Loop, Alive,
        NUM_SECTIONS
    };

    explicit Inspector(TraceSession *session, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The event shown (TraceSession::npos: none).
    std::size_t shownEvent() const { return m_shown; }
    // The lines of a section as plain text, as shown (an empty section has none).
    QStringList sectionLines(Section section) const { return m_lines[section]; }
    // The events the links of the page select, in page order.
    std::vector<std::size_t> linkedEvents(Section section) const { return m_links[section]; }

    // Rebuilds the page for the session's selected event.
    void refresh();

private:
    void onAnchorClicked(const QUrl &url);
    QString build(std::size_t index);
    void add(QString &html, Section section, const QString &text, std::size_t link = std::size_t(-1),
             const QString &detail = {});
    void heading(QString &html, const QString &title, int count = -1);
    void empty(QString &html, const QString &text);
    QString callbackName(std::uint32_t id) const;
    QString timeAt(std::size_t index) const;

    TraceSession *m_session;
    QTextBrowser *m_browser;
    std::size_t m_shown = std::size_t(-1);
    std::array<QStringList, NUM_SECTIONS> m_lines;
    std::array<std::vector<std::size_t>, NUM_SECTIONS> m_links;
};

} // namespace loopscope::ui
