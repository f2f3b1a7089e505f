// The events of a TraceSession as a flat table, one row per event in seq order (row == event
// index). Lazy: data() formats the event it is asked for and nothing is stored per row, so a
// 1 M-event trace costs the model two small lookup tables. Live runs grow it with one
// beginInsertRows/endInsertRows per batch the session appends.
#pragma once

#include "trace/event.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QStringList>

#include <cstdint>

namespace loopscope::trace {
struct TraceData;
}

namespace loopscope::ui {

class TraceSession;

class EventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { TimeColumn, SeqColumn, ThreadColumn, KindColumn, SubjectColumn, ValueColumn, FlowColumn,
                   TextColumn, NUM_COLUMNS };
    enum Roles {
        EventIndexRole = Qt::UserRole, // qulonglong: the index into session()->data().events
        KindRole,                      // int: trace::Kind
        ThreadRole,                    // int: the thread index
    };

    explicit EventModel(TraceSession *session, QObject *parent = nullptr);

    TraceSession *session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The texts of the columns for one event, as shown (the filter proxy searches them).
    QString subjectText(const trace::Event &e) const;
    QString valueText(const trace::Event &e) const;
    QString textText(const trace::Event &e) const;
    QString threadName(std::uint16_t thread) const;

    // What a row is about, as ids the filter can match without formatting: the callback it
    // names (0: none) and the string id of the symbol or text in its subject (0: none).
    std::uint32_t callbackOf(const trace::Event &e) const;
    std::uint32_t symbolOf(const trace::Event &e) const;
    QString callbackLabel(std::uint32_t id) const;

    // A readable, translated name of a kind ("callback start"), and of a loop phase with its
    // number in deno-semantics.md ("foreign calls (2a)").
    static QString kindLabel(trace::Kind kind);
    static QString phaseLabel(trace::Phase phase);

private:
    void onReset();
    void onAppended(std::size_t first, std::size_t count);
    void indexEvents(std::size_t first, std::size_t end);

    TraceSession *m_session;
    int m_rows = 0; // what the views were told; the session's data may already be larger
    QStringList m_kindLabels;
    QHash<std::uint32_t, std::uint32_t> m_callSymbols; // native call id -> symbol string id
    QHash<std::uint32_t, int> m_callbacks;             // callback id -> index in data().callbacks
    std::size_t m_callbacksIndexed = 0;
};

} // namespace loopscope::ui
