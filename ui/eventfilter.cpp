#include "eventfilter.h"

#include "eventmodel.h"
#include "tracesession.h"

#include <algorithm>

namespace loopscope::ui {

using trace::Event;
using trace::Kind;

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows keep the source's (seq) order; the filter is re-run only when it changes, and on
    // inserted rows (dynamicSortFilter's default).
    setDynamicSortFilter(true);
}

void EventFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<EventModel *>(model);
    Q_ASSERT(!model || m_model);
    prepareText();
    QSortFilterProxyModel::setSourceModel(model);
    if (m_model) {
        // A new trace has new strings and callbacks: the cached matches are stale.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_stringMatch.clear();
            m_callbackMatch.clear();
        });
    }
}

void EventFilterModel::setKinds(const KindSet &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    refilter();
}

void EventFilterModel::setKindEnabled(Kind kind, bool enabled)
{
    KindSet kinds = m_kinds;
    kinds.set(std::size_t(kind), enabled);
    setKinds(kinds);
}

void EventFilterModel::setThreads(std::vector<int> threads)
{
    std::sort(threads.begin(), threads.end());
    threads.erase(std::unique(threads.begin(), threads.end()), threads.end());
    if (threads == m_threads)
        return;
    m_threads = std::move(threads);
    m_threadMask.clear();
    for (int t : m_threads) {
        if (t < 0 || t > 0xffff)
            continue;
        if (std::size_t(t) >= m_threadMask.size())
            m_threadMask.resize(std::size_t(t) + 1, 0);
        m_threadMask[std::size_t(t)] = 1;
    }
    refilter();
}

void EventFilterModel::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    prepareText();
    refilter();
}

void EventFilterModel::refilter()
{
    // Not invalidateFilter(): it announces every run of rows that comes or goes as its own
    // rowsRemoved/rowsInserted, and a view updates its header per signal, which is quadratic
    // on 1 M rows (minutes). invalidate() rebuilds the mapping once and says layoutChanged.
    invalidate();
    Q_EMIT filterChanged();
}

void EventFilterModel::prepareText()
{
    m_stringMatch.clear();
    m_callbackMatch.clear();
    m_kindMatch.assign(std::size_t(Kind::Count), KindMatch::No);
    if (m_text.isEmpty() || !m_model)
        return;
    // Letters (and the characters of identifiers and paths) never span a fixed part of a
    // subject ("callback #", "call #", " \u2192 ") and a variable one (a label, a symbol), which
    // are always set off by a space or a bracket. Such a text is matched against each kind's
    // fixed words once, and against the string table and the callbacks' labels. Anything else
    // ("#3", "timer 2") falls back to formatting the subject of every row of the kind.
    const bool plain = std::all_of(m_text.cbegin(), m_text.cend(), [](QChar c) {
        return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('/')
            || c == QLatin1Char('$');
    });
    for (std::size_t k = 0; k < std::size_t(Kind::Count); ++k) {
        const auto kind = Kind(k);
        if (EventModel::kindLabel(kind).contains(m_text, Qt::CaseInsensitive)) {
            m_kindMatch[k] = KindMatch::All;
            continue;
        }
        if (!plain) {
            m_kindMatch[k] = KindMatch::Subject;
            continue;
        }
        // The fixed words of this kind's subjects: format made-up events whose ids name
        // nothing (so no label or symbol is looked up) in each variant the kind has.
        QString fixed;
        for (std::uint32_t id2 : {0u, 1u}) {
            for (std::int64_t value : {0, 1, 2}) {
                Event e;
                e.kind = kind;
                e.id = 0xffffffffu;
                e.id2 = id2 ? 0xffffffffu : 0;
                e.value = value;
                fixed += m_model->subjectText(e) + QLatin1Char('\n');
            }
        }
        if (fixed.contains(m_text, Qt::CaseInsensitive))
            m_kindMatch[k] = KindMatch::Subject;
    }
}

bool EventFilterModel::stringMatches(std::uint32_t id) const
{
    if (id == 0)
        return false;
    const auto &strings = m_model->session()->data().strings;
    if (id >= strings.size())
        return false;
    // Extended on demand: a live run adds strings while the filter stays the same.
    if (id >= m_stringMatch.size()) {
        const std::size_t from = m_stringMatch.size();
        m_stringMatch.resize(strings.size());
        for (std::size_t i = from; i < strings.size(); ++i)
            m_stringMatch[i] = strings[i].contains(m_text, Qt::CaseInsensitive) ? 1 : 0;
    }
    return m_stringMatch[id] != 0;
}

bool EventFilterModel::callbackMatches(std::uint32_t id) const
{
    if (id == 0)
        return false;
    auto it = m_callbackMatch.constFind(id);
    if (it == m_callbackMatch.constEnd()) {
        const QString label = m_model->callbackLabel(id);
        // An unknown callback may get its definition in a later batch: do not cache "no".
        if (label.isEmpty())
            return false;
        it = m_callbackMatch.insert(id, label.contains(m_text, Qt::CaseInsensitive));
    }
    return *it;
}

bool EventFilterModel::textMatches(const Event &e) const
{
    switch (m_kindMatch[std::size_t(e.kind)]) {
    case KindMatch::All:
        return true;
    case KindMatch::Subject:
        if (m_model->subjectText(e).contains(m_text, Qt::CaseInsensitive))
            return true;
        break;
    case KindMatch::No:
        if (stringMatches(m_model->symbolOf(e)) || callbackMatches(m_model->callbackOf(e)))
            return true;
        // A CPU sample's subject is the name of the thread it measured.
        if (e.kind == Kind::CpuUsage && m_model->subjectText(e).contains(m_text, Qt::CaseInsensitive))
            return true;
        break;
    }
    // The text column: console output and diagnostics.
    return (e.kind == Kind::ConsoleOutput || e.kind == Kind::Diagnostic) && stringMatches(e.str);
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const auto &events = m_model->session()->data().events;
    if (sourceRow < 0 || std::size_t(sourceRow) >= events.size())
        return false;
    const Event &e = events[std::size_t(sourceRow)];
    if (std::size_t(e.kind) >= m_kinds.size() || !m_kinds.test(std::size_t(e.kind)))
        return false;
    if (!m_threads.empty() && (e.thread >= m_threadMask.size() || !m_threadMask[e.thread]))
        return false;
    return m_text.isEmpty() || textMatches(e);
}

std::size_t EventFilterModel::eventIndex(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return std::size_t(-1);
    const QModelIndex source = mapToSource(proxyIndex);
    return source.isValid() ? std::size_t(source.row()) : std::size_t(-1);
}

QModelIndex EventFilterModel::indexOfEvent(std::size_t event, int column) const
{
    if (!m_model || event >= std::size_t(m_model->rowCount()))
        return {};
    return mapFromSource(m_model->index(int(event), column));
}

} // namespace loopscope::ui
