#pragma once

#include <QLabel>
#include <QTimer>

namespace ledgerlens {

class ReportStore;

// The status bar's count of reports ready, loading and failed.
class LoadStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LoadStatusLabel(ReportStore *store, QWidget *parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    ReportStore *m_store;
    QTimer m_timer;
};

} // namespace ledgerlens
