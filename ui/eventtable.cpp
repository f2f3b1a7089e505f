#include "eventtable.h"

#include "eventfilter.h"
#include "eventmodel.h"
#include "tracesession.h"

#include <QtCore/QLocale>
#include <QtGui/QMouseEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace loopscope::ui {

using trace::Kind;

namespace {

// Keeps a menu of check boxes open while the user ticks several of them.
class StayOpenFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *menu = static_cast<QMenu *>(watched);
            QAction *action = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
            if (action && action->isEnabled() && action->isCheckable()) {
                action->trigger();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

std::vector<EventTable::KindGroup> EventTable::kindGroups()
{
    return {
        {tr("Callbacks"), {Kind::CallbackStart, Kind::CallbackEnd, Kind::CallbackCreated, Kind::CallbackClosed,
                           Kind::Ref, Kind::Unref}},
        {tr("Threads and foreign calls"), {Kind::ForeignCallQueued, Kind::ForeignCallInvoked,
                                           Kind::ForeignCallReleased}},
        {tr("Native calls"), {Kind::NativeCallStart, Kind::NativeCallEnd, Kind::NonblockingStart,
                              Kind::NonblockingComplete, Kind::NonblockingResolve}},
        {tr("Microtasks"), {Kind::MicrotaskEnqueued, Kind::MicrotaskRunStart, Kind::MicrotaskRunEnd,
                            Kind::CheckpointStart, Kind::CheckpointEnd}},
        {tr("Timers"), {Kind::TimerScheduled, Kind::TimerFired, Kind::TimerCleared}},
        {tr("Loop"), {Kind::LoopPhase, Kind::Idle, Kind::Wake, Kind::CpuUsage}},
        {tr("Run and output"), {Kind::RunStart, Kind::RunEnd, Kind::ScriptEvalStart, Kind::ScriptEvalEnd,
                                Kind::ConsoleOutput, Kind::Diagnostic, Kind::EventsLost}},
    };
}

EventTable::EventTable(TraceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EventModel(session, this))
    , m_filter(new EventFilterModel(this))
    , m_view(new QTableView(this))
    , m_kindButton(new QToolButton(this))
    , m_kindMenu(new QMenu(this))
    , m_threadCombo(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    m_kindButton->setMenu(m_kindMenu);
    m_kindButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Room for the longest text it shows, and the menu arrow.
    m_kindButton->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Kinds: %1 of %2").arg(30).arg(32)) + 28);
    m_kindButton->setToolTip(tr("Show only events of the ticked kinds"));
    m_kindMenu->installEventFilter(new StayOpenFilter(m_kindMenu));
    buildKindMenu();

    m_threadCombo->setToolTip(tr("Show only the events of one thread"));
    m_threadCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setPlaceholderText(tr("Search subject, text, kind\u2026"));
    m_search->setClearButtonEnabled(true);
    m_count->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_kindButton);
    controls->addWidget(m_threadCombo);
    controls->addWidget(m_search, 1);
    controls->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Every row is one line: a fixed height lets the view place 1 M rows without asking each.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 4);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const auto width = [this](const char *sample) {
        return fontMetrics().horizontalAdvance(QString::fromUtf8(sample)) + 16;
    };
    m_view->setColumnWidth(EventModel::TimeColumn, width("00000.000"));
    m_view->setColumnWidth(EventModel::SeqColumn, width("0000000"));
    m_view->setColumnWidth(EventModel::ThreadColumn, width("nonblocking pool"));
    m_view->setColumnWidth(EventModel::KindColumn, width("foreign call released"));
    m_view->setColumnWidth(EventModel::SubjectColumn, width("call #12 \u2192 callback #4 anonymous"));
    m_view->setColumnWidth(EventModel::ValueColumn, width("foreign_calls (2a)"));
    m_view->setColumnWidth(EventModel::FlowColumn, width("0000000"));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(session, &TraceSession::selectionChanged, this, &EventTable::onSessionSelection);
    connect(session, &TraceSession::reset, this, [this] {
        updateThreads();
        updateCount();
    });
    connect(session, &TraceSession::eventsAppended, this, &EventTable::updateThreads);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, &EventTable::onRowsAboutToBeInserted);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventTable::onRowsInserted);
    connect(m_filter, &EventFilterModel::filterChanged, this, [this] {
        updateCount();
        syncKindMenu();
        // Keep the selected event in view when it passes the new filter.
        onSessionSelection(m_session->selected());
    });

    connect(m_threadCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        const int thread = m_threadCombo->itemData(i).toInt();
        m_filter->setThreads(thread < 0 ? std::vector<int>{} : std::vector<int>{thread});
    });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_filter->setText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        m_filter->setText(m_search->text());
    });

    updateThreads();
    updateCount();
    onSessionSelection(session->selected());
}

EventTable::~EventTable() = default;

void EventTable::buildKindMenu()
{
    QAction *all = m_kindMenu->addAction(tr("Show all kinds"));
    connect(all, &QAction::triggered, this, [this] {
        m_filter->setKinds(EventFilterModel::allKinds());
        syncKindMenu();
    });
    QFont bold = m_kindMenu->font();
    bold.setBold(true);
    for (const KindGroup &group : kindGroups()) {
        m_kindMenu->addSeparator();
        QAction *groupAction = m_kindMenu->addAction(group.title);
        groupAction->setCheckable(true);
        groupAction->setFont(bold);
        groupAction->setToolTip(tr("Show or hide every kind of this group"));
        m_groupActions.emplace_back(groupAction, group.kinds);
        connect(groupAction, &QAction::triggered, this, [this, kinds = group.kinds](bool checked) {
            EventFilterModel::KindSet set = m_filter->kinds();
            for (Kind k : kinds)
                set.set(std::size_t(k), checked);
            m_filter->setKinds(set);
            syncKindMenu();
        });
        for (Kind kind : group.kinds) {
            // Indented under the group's title.
            QAction *action = m_kindMenu->addAction(QStringLiteral("\u2003") + EventModel::kindLabel(kind));
            action->setCheckable(true);
            m_kindActions.emplace_back(action, kind);
            connect(action, &QAction::triggered, this, [this, kind](bool checked) {
                m_filter->setKindEnabled(kind, checked);
                syncKindMenu();
            });
        }
    }
    syncKindMenu();
}

void EventTable::syncKindMenu()
{
    const EventFilterModel::KindSet kinds = m_filter->kinds();
    int shown = 0;
    int total = 0;
    for (auto &[action, kind] : m_kindActions) {
        action->setChecked(kinds.test(std::size_t(kind)));
        shown += action->isChecked() ? 1 : 0;
        ++total;
    }
    for (auto &[action, group] : m_groupActions)
        action->setChecked(std::all_of(group.begin(), group.end(), [&](Kind k) { return kinds.test(std::size_t(k)); }));
    m_kindButton->setText(shown == total ? tr("All kinds") : tr("Kinds: %1 of %2").arg(shown).arg(total));
}

void EventTable::updateThreads()
{
    const auto &threads = m_session->data().threads;
    if (m_threadCombo->count() > 0 && threads.size() == m_threadsShown)
        return;
    const int current = m_threadCombo->count() > 0 ? m_threadCombo->currentData().toInt() : -1;
    {
        const QSignalBlocker blocker(m_threadCombo);
        m_threadCombo->clear();
        m_threadCombo->addItem(tr("All threads"), -1);
        for (const trace::ThreadInfo &t : threads)
            m_threadCombo->addItem(t.name.isEmpty() ? tr("thread %1").arg(t.index) : t.name, int(t.index));
        const int i = m_threadCombo->findData(current);
        m_threadCombo->setCurrentIndex(i < 0 ? 0 : i);
    }
    m_threadsShown = threads.size();
    // The thread filtered on may be gone with a new trace.
    const int thread = m_threadCombo->currentData().toInt();
    m_filter->setThreads(thread < 0 ? std::vector<int>{} : std::vector<int>{thread});
}

void EventTable::setThreadFilter(int thread)
{
    const int i = m_threadCombo->findData(thread);
    m_threadCombo->setCurrentIndex(i < 0 ? 0 : i);
}

void EventTable::setSearchText(const QString &text)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_searchDelay.stop();
    m_filter->setText(text);
}

void EventTable::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    if (m_filter->isFiltering())
        m_count->setText(tr("%1 of %2 events").arg(locale.toString(m_filter->rowCount()), locale.toString(total)));
    else
        m_count->setText(tr("%1 events").arg(locale.toString(total)));
}

void EventTable::onCurrentChanged(const QModelIndex &current)
{
    if (m_syncing)
        return;
    // A row that vanished under a new filter is no choice of the user: keep the selection.
    const std::size_t index = m_filter->eventIndex(current);
    if (index != std::size_t(-1))
        m_session->select(index);
}

void EventTable::onSessionSelection(std::size_t index)
{
    m_syncing = true;
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex row = index == TraceSession::npos ? QModelIndex() : m_filter->indexOfEvent(index);
    if (row.isValid()) {
        if (selection->currentIndex().row() != row.row() || !selection->isRowSelected(row.row()))
            selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(row);
    } else {
        selection->clear();
    }
    m_syncing = false;
}

void EventTable::onRowsAboutToBeInserted()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_followTail = m_session->isLive() && bar->value() >= bar->maximum();
}

void EventTable::onRowsInserted()
{
    updateCount();
    if (m_followTail)
        m_view->scrollToBottom();
    m_followTail = false;
}

} // namespace loopscope::ui
