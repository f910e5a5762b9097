#pragma once

#include "PageText.h"
#include "domain/Report.h"

namespace ledgerlens {

// Finds the ageing analysis of trade receivables or payables: a sentence or
// heading mentioning an ageing analysis of the right subject, followed by a
// table whose rows are age buckets ("0 to 30 days", "超過90日") and a total.
class AgeingRecogniser
{
public:
    explicit AgeingRecogniser(const DocumentText &doc) : m_doc(doc) {}
    // kind: ReceivablesAgeing or PayablesAgeing.
    Table recognise(TableKind kind, const QDate &periodEnd) const;

    static bool isBucketLabel(const QString &label);

private:
    const DocumentText &m_doc;
};

} // namespace ledgerlens
