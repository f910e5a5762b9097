#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ledgerlens {

class ReportStore;

// Corrections made on another version of a PDF that no longer fit its new
// extraction. They stay in the workspace (and the audit export) until the
// reviewer dismisses them here, one by one: never dropped silently.
class MismatchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MismatchDialog(ReportStore *store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int count() const;      // mismatched corrections listed
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void dismissSelected();

    ReportStore *m_store;
    QLabel *m_text;
    QTableWidget *m_table;
    QPushButton *m_dismiss;
};

} // namespace ledgerlens
