// Picks a version profile (core/runtime/profile.h): one entry per profile, oldest first, as
// "deno-2.9 — today's Deno (the default)", each with its description as tooltip. The run toolbar
// of the main window and the two sides of the comparison window.
#pragma once

#include <QtWidgets/QComboBox>

namespace loopscope {
struct Profile;
}

namespace loopscope::ui {

class ProfileCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit ProfileCombo(QWidget *parent = nullptr);

    // The selected profile's name ("deno-2.9").
    QString profile() const;
    // Selects the profile called `name`; false (and nothing changes) if there is none.
    bool setProfile(const QString &name);

    // The entry of a profile: "NAME — SUMMARY".
    static QString entryText(const Profile &profile);
    // A profile's description as rich text for a tooltip or a text box: its name, the Deno
    // releases it stands for, its paragraph.
    static QString descriptionHtml(const Profile &profile);

Q_SIGNALS:
    void profileChanged(const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace loopscope::ui
