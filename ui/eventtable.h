// The event table dock's contents: filter controls (kinds, thread, search text) over a
// QTableView of a TraceSession's events. The selected row and the session's selected event
// follow each other; while the session is live the view follows the newest events unless the
// user scrolled away from the bottom.
#pragma once

#include "trace/event.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;
class QAction;

namespace loopscope::ui {

class EventFilterModel;
class EventModel;
class TraceSession;

class EventTable : public QWidget
{
    Q_OBJECT
public:
    explicit EventTable(TraceSession *session, QWidget *parent = nullptr);
    ~EventTable() override;

    TraceSession *session() const { return m_session; }
    EventModel *model() const { return m_model; }
    EventFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QMenu *kindMenu() const { return m_kindMenu; }
    QComboBox *threadCombo() const { return m_threadCombo; }
    QLineEdit *searchEdit() const { return m_search; }

    // The kinds in the groups of the kind menu, in menu order.
    struct KindGroup {
        QString title;
        std::vector<trace::Kind> kinds;
    };
    static std::vector<KindGroup> kindGroups();

    // Filters by thread index (-1: every thread), as choosing it in the combo box does.
    void setThreadFilter(int thread);
    // Applies a search text at once (typing waits for a pause first).
    void setSearchText(const QString &text);

private:
    void buildKindMenu();
    void syncKindMenu();
    void updateThreads();
    void updateCount();
    void onCurrentChanged(const QModelIndex &current);
    void onSessionSelection(std::size_t index);
    void onRowsAboutToBeInserted();
    void onRowsInserted();

    TraceSession *m_session;
    EventModel *m_model;
    EventFilterModel *m_filter;
    QTableView *m_view;
    QToolButton *m_kindButton;
    QMenu *m_kindMenu;
    std::vector<std::pair<QAction *, trace::Kind>> m_kindActions;
    std::vector<std::pair<QAction *, std::vector<trace::Kind>>> m_groupActions;
    QComboBox *m_threadCombo;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer m_searchDelay;
    std::size_t m_threadsShown = 0;
    bool m_syncing = false;     // applying the session's selection: do not echo it back
    bool m_followTail = false;  // the view was at the bottom when rows came in
};

} // namespace loopscope::ui
