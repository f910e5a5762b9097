#include "DisplayUnitMenu.h"

#include "session/Session.h"

#include <QActionGroup>
#include <QEvent>

namespace ledgerlens {

DisplayUnitMenu::DisplayUnitMenu(Session *session, QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    for (qint64 unit : {qint64(1000), qint64(1000000), qint64(1)}) {
        QAction *a = m_group->addAction(QString());
        a->setData(unit);
        a->setCheckable(true);
        connect(a, &QAction::triggered, session, [session, unit] { session->setDisplayUnit(unit); });
    }
    addActions(m_group->actions());
    connect(session, &Session::displayUnitChanged, this, &DisplayUnitMenu::showUnit);
    showUnit(session->displayUnit());
    retranslate();
}

void DisplayUnitMenu::showUnit(qint64 unit)
{
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toLongLong() == unit);
}

void DisplayUnitMenu::retranslate()
{
    setTitle(tr("Display &Unit"));
    const QStringList names{tr("&Thousands ('000)"), tr("&Millions"), tr("U&nits")};
    for (int i = 0; i < m_group->actions().size(); ++i)
        m_group->actions()[i]->setText(names.value(i));
}

void DisplayUnitMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace ledgerlens
