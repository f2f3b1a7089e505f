#include "trace/stringtable.h"

namespace loopscope::trace {

StringTable::StringTable()
{
    m_texts.emplace_back();
}

std::uint32_t StringTable::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    std::lock_guard lock(m_mutex);
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    const auto id = std::uint32_t(m_texts.size());
    m_texts.push_back(text);
    m_ids.insert(text, id);
    return id;
}

QString StringTable::text(std::uint32_t id) const
{
    std::lock_guard lock(m_mutex);
    return id < m_texts.size() ? m_texts[id] : QString();
}

std::uint32_t StringTable::size() const
{
    std::lock_guard lock(m_mutex);
    return std::uint32_t(m_texts.size());
}

std::uint32_t StringTable::copySince(std::uint32_t from, std::vector<QString> &out) const
{
    std::lock_guard lock(m_mutex);
    for (std::size_t i = from; i < m_texts.size(); ++i)
        out.push_back(m_texts[i]);
    return std::uint32_t(m_texts.size());
}

} // namespace loopscope::trace
