#pragma once

#include "ChartData.h"

namespace ledgerlens {

// A 16:9 PowerPoint deck, one chart per slide: a title, a NATIVE chart
// (DrawingML c:chartSpace, editable, its data in an embedded workbook so
// "Edit Data" works) and a footnote naming the source filings.
class PptxWriter
{
public:
    void addSlide(const ChartData &chart) { m_slides.append(chart); }
    bool write(const QString &path, QString *error) const;

private:
    QVector<ChartData> m_slides;
};

} // namespace ledgerlens
