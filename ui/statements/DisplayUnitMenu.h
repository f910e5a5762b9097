#pragma once

#include <QMenu>

class QActionGroup;

namespace ledgerlens {

class Session;

// View > Display Unit: thousands, millions or units for every report, checked
// as the session's unit is (whoever set it).
class DisplayUnitMenu : public QMenu
{
    Q_OBJECT
public:
    explicit DisplayUnitMenu(Session *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showUnit(qint64 unit);

    QActionGroup *m_group;
};

} // namespace ledgerlens
