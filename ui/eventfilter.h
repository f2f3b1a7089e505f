// The event table's filter: a set of kinds, a set of threads and a text (case-insensitive, over
// subject, text and kind). Rows stay in seq order (no sorting). Fast on 1 M rows: a row is
// judged by its event alone; the text is matched once per kind, string and callback when the
// filter changes, and only a text that could span the fixed and variable parts of a subject
// ("timer #3", "call demo") formats the subject of each row.
#pragma once

#include "trace/event.h"

#include <QtCore/QHash>
#include <QtCore/QSortFilterProxyModel>

#include <bitset>
#include <cstdint>
#include <vector>

namespace loopscope::ui {

class EventModel;

class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using KindSet = std::bitset<std::size_t(trace::Kind::Count)>;

    explicit EventFilterModel(QObject *parent = nullptr);

    // Must be an EventModel.
    void setSourceModel(QAbstractItemModel *model) override;
    EventModel *eventModel() const { return m_model; }

    static KindSet allKinds() { return KindSet().set(); }
    KindSet kinds() const { return m_kinds; }
    void setKinds(const KindSet &kinds);
    void setKindEnabled(trace::Kind kind, bool enabled);

    // Empty: every thread.
    std::vector<int> threads() const { return m_threads; }
    void setThreads(std::vector<int> threads);

    QString text() const { return m_text; }
    void setText(const QString &text);

    bool isFiltering() const { return m_kinds != allKinds() || !m_threads.empty() || !m_text.isEmpty(); }

    // The event index of a row of this model, or size_t(-1); and the row showing an event (an
    // invalid index when it is filtered out).
    std::size_t eventIndex(const QModelIndex &proxyIndex) const;
    QModelIndex indexOfEvent(std::size_t event, int column = 0) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    enum class KindMatch : std::uint8_t { No, All, Subject };
    void refilter();
    void prepareText();
    bool textMatches(const trace::Event &e) const;
    bool stringMatches(std::uint32_t id) const;
    bool callbackMatches(std::uint32_t id) const;

    EventModel *m_model = nullptr;
    KindSet m_kinds = allKinds();
    std::vector<int> m_threads;
    std::vector<char> m_threadMask; // by thread index, from m_threads
    QString m_text;

    // Per-filter caches of the text match. The string table and the callbacks grow during a
    // live run, so the two are extended on demand (filterAcceptsRow is const).
    std::vector<KindMatch> m_kindMatch;
    mutable std::vector<char> m_stringMatch;          // by string id
    mutable QHash<std::uint32_t, bool> m_callbackMatch;  // by callback id
};

} // namespace loopscope::ui
