#include "TableWriters.h"

#include <QFile>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace ledgerlens::TableWriters {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// TSV has no quoting that every spreadsheet honours: fold tabs and newlines.
QString tsvField(const QString &s)
{
    QString t = s;
    t.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t;
}

int decimalsOf(const QString &machine)
{
    const int dot = machine.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(machine.size() - dot - 1);
}

} // namespace

QString toCsv(const TableData &t)
{
    QStringList lines;
    QStringList head{csvField(t.cornerHeader)};
    for (const QString &h : t.columnHeaders)
        head << csvField(h);
    lines << head.join(QLatin1Char(','));
    for (int r = 0; r < t.cells.size(); ++r) {
        QStringList line{csvField(t.rowHeaders.value(r))};
        for (const auto &v : t.cells[r])
            line << csvField(v.text);
        lines << line.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

bool writeCsv(const TableData &t, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    // BOM so Excel reads the UTF-8 (Chinese labels) correctly.
    f.write("\xEF\xBB\xBF");
    f.write(toCsv(t).toUtf8());
    if (!f.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString toTsv(const TableData &t)
{
    QStringList lines;
    QStringList head{tsvField(t.cornerHeader)};
    for (const QString &h : t.columnHeaders)
        head << tsvField(h);
    lines << head.join(QLatin1Char('\t'));
    for (int r = 0; r < t.cells.size(); ++r) {
        QStringList line{tsvField(t.rowHeaders.value(r))};
        for (const auto &v : t.cells[r])
            line << tsvField(v.text);
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString toHtml(const TableData &t)
{
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>\n<tr><th>%1</th>")
                    .arg(t.cornerHeader.toHtmlEscaped());
    for (const QString &c : t.columnHeaders)
        h += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
    h += QStringLiteral("</tr>\n");
    for (int r = 0; r < t.cells.size(); ++r) {
        const bool bold = t.emphasised.value(r);
        h += QStringLiteral("<tr><td>%1</td>").arg(bold ? QStringLiteral("<b>%1</b>").arg(t.rowHeaders.value(r).toHtmlEscaped())
                                                      : t.rowHeaders.value(r).toHtmlEscaped());
        for (const auto &v : t.cells[r]) {
            if (v.kind == TableData::Value::Number)
                h += QStringLiteral("<td x:num style=\"text-align:right\">%1</td>").arg(v.text);
            else
                h += QStringLiteral("<td>%1</td>").arg(v.text.toHtmlEscaped());
        }
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table></body></html>\n");
}

bool writeXlsx(const TableData &t, const QString &path, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb) {
        if (error)
            *error = QStringLiteral("Cannot create %1").arg(path);
        return false;
    }
    QString sheetName = t.title.isEmpty() ? QStringLiteral("Table") : t.title.left(31);
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : sheetName) {
        if (forbidden.contains(c))
            c = QLatin1Char(' ');
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.toUtf8().constData());
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_bottom(head, LXW_BORDER_THIN);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    // One number format per decimal count, so 1815.5 shows as 1,815.5 and 369696 as 369,696.
    QHash<int, lxw_format *> numFormats, boldNumFormats;
    auto numberFormat = [&](int decimals, bool emph) {
        auto &cache = emph ? boldNumFormats : numFormats;
        if (!cache.contains(decimals)) {
            lxw_format *f = workbook_add_format(wb);
            const QString code = decimals > 0 ? QStringLiteral("#,##0.%1;(#,##0.%1)").arg(QString(decimals, QLatin1Char('0')))
                                              : QStringLiteral("#,##0;(#,##0)");
            format_set_num_format(f, code.toUtf8().constData());
            if (emph)
                format_set_bold(f);
            cache.insert(decimals, f);
        }
        return cache.value(decimals);
    };

    worksheet_write_string(ws, 0, 0, t.cornerHeader.toUtf8().constData(), head);
    for (int c = 0; c < t.columnHeaders.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c + 1), t.columnHeaders[c].toUtf8().constData(), head);
    int labelWidth = 12;
    for (int r = 0; r < t.cells.size(); ++r) {
        const bool emph = t.emphasised.value(r);
        const QString label = t.rowHeaders.value(r);
        labelWidth = std::max(labelWidth, int(label.size()));
        worksheet_write_string(ws, lxw_row_t(r + 1), 0, label.toUtf8().constData(), emph ? bold : nullptr);
        for (int c = 0; c < t.cells[r].size(); ++c) {
            const auto &v = t.cells[r][c];
            if (v.kind == TableData::Value::Number)
                worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(c + 1), v.number(),
                                       numberFormat(decimalsOf(v.text), emph));
            else if (v.kind == TableData::Value::Text)
                worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c + 1), v.text.toUtf8().constData(), nullptr);
        }
    }
    worksheet_set_column(ws, 0, 0, std::min(labelWidth, 60), nullptr);
    if (!t.columnHeaders.isEmpty())
        worksheet_set_column(ws, 1, lxw_col_t(t.columnHeaders.size()), 18, nullptr);
    worksheet_set_row(ws, 0, 45, nullptr);
    worksheet_freeze_panes(ws, 1, 1);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    return true;
}

} // namespace ledgerlens::TableWriters
