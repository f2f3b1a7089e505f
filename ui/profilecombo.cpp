#include "profilecombo.h"

#include "runtime/profile.h"

#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QStylePainter>

namespace loopscope::ui {

ProfileCombo::ProfileCombo(QWidget *parent)
    : QComboBox(parent)
{
    for (const Profile &p : profiles()) {
        addItem(entryText(p), QLatin1String(p.name));
        setItemData(count() - 1, descriptionHtml(p), Qt::ToolTipRole);
    }
    setCurrentIndex(count() - 1); // the default, today's Deno
    // The entries are long: the box shows their start, the list shows them whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
    auto changed = [this] {
        setToolTip(currentData(Qt::ToolTipRole).toString());
        Q_EMIT profileChanged(profile());
    };
    setToolTip(currentData(Qt::ToolTipRole).toString());
    connect(this, &QComboBox::currentIndexChanged, this, changed);
}

QString ProfileCombo::profile() const
{
    return currentData().toString();
}

bool ProfileCombo::setProfile(const QString &name)
{
    const int i = findData(name);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    setToolTip(currentData(Qt::ToolTipRole).toString()); // also with its signals blocked
    return true;
}

QString ProfileCombo::entryText(const Profile &profile)
{
    return tr("%1 — %2").arg(QLatin1String(profile.name), profile.summaryText());
}

QString ProfileCombo::descriptionHtml(const Profile &profile)
{
    return tr("<p><b>%1</b> (Deno %2)</p><p>%3</p>")
        .arg(QLatin1String(profile.name), QString::fromLatin1(profile.versions).toHtmlEscaped(),
             profile.description().toHtmlEscaped());
}

void ProfileCombo::paintEvent(QPaintEvent *)
{
    // As QComboBox paints itself, but the entry elided with "…" where the box ends.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width() - 4);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace loopscope::ui
