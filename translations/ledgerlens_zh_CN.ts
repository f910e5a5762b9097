<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnHeaderText</name>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="78"/>
        <source>d MMM yyyy</source>
        <extracomment>Date format of a period end in column headings (Qt QDate format; MMM is an English month).</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="80"/>
        <source>Year to %1</source>
        <translation>截至%1止年度</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="82"/>
        <source>%1 months to %2</source>
        <translation>截至%2止%1个月</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="83"/>
        <source>At %1</source>
        <translation>于%1</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="91"/>
        <source>%1 (restated)</source>
        <translation>%1（经重列）</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="108"/>
        <source>HK$</source>
        <translation>港币</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="110"/>
        <source>US$</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="112"/>
        <source>S$</source>
        <translation>新加坡元</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="114"/>
        <source>RMB</source>
        <translation>人民币</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="116"/>
        <source>%1&apos;000</source>
        <translation>%1千元</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="118"/>
        <source>million</source>
        <translation>百万</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="118"/>
        <source>%1 m</source>
        <translation>%1百万元</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="120"/>
        <source>units</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="120"/>
        <source>%1 (units)</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="154"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="155"/>
        <source>%1: %2, page %3</source>
        <translation>%1：%2，第%3页</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="155"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="158"/>
        <source>Column as printed: %1</source>
        <translation>栏目原文：%1</translation>
    </message>
    <message>
        <location filename="../models/items/ColumnHeaderText.cpp" line="159"/>
        <source>Figures in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Date format of a period end&apos;s month in a narrow column heading (Qt QDate format; MMM is an English month).</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>FY to %1</source>
        <extracomment>Narrow column heading: a financial year to a date (&quot;FY to 31 Dec 2023&quot;).</extracomment>
        <translation>%1止年度</translation>
    </message>
    <message>
        <source>FY %1</source>
        <extracomment>Narrower column heading: a financial year to a month (&quot;FY Dec 2023&quot;).</extracomment>
        <translation>%1止年度</translation>
    </message>
    <message>
        <source>%1M to %2</source>
        <extracomment>Narrow column heading: %1 months to a date (&quot;6M to 30 Jun 2024&quot;).</extracomment>
        <translation>%2止%1个月</translation>
    </message>
    <message>
        <source>%1M %2</source>
        <extracomment>Narrower column heading: %1 months to a month (&quot;6M Jun 2024&quot;).</extracomment>
        <translation>%2止%1个月</translation>
    </message>
</context>
<context>
    <name>EditTexts</name>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="12"/>
        <source>Profit or loss</source>
        <translation>损益表</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="13"/>
        <source>Comprehensive income</source>
        <translation>综合收益表</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="14"/>
        <source>Financial position</source>
        <translation>财务状况表</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="15"/>
        <source>Cash flows</source>
        <translation>现金流量表</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="16"/>
        <source>Revenue mix</source>
        <translation>收入构成</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="17"/>
        <source>Receivables ageing</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="18"/>
        <source>Payables ageing</source>
        <translation>应付账款账龄</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="26"/>
        <source>Correct %1 in %2</source>
        <translation>更正%2中的%1</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="27"/>
        <source>Correct %1 (%2) in %3</source>
        <translation>更正%3中的%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="32"/>
        <source>Rename “%1” in %2</source>
        <translation>重命名%2中的“%1”</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="37"/>
        <source>Map row to “%1” in %2</source>
        <translation>将%2中的行对应至“%1”</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="42"/>
        <source>Revert correction in %1</source>
        <translation>恢复%1中的更正</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="47"/>
        <source>Revert mapping in %1</source>
        <translation>恢复%1中的对应</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="53"/>
        <source>Mark %1 reviewed</source>
        <translation>标记%1已复核</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="54"/>
        <source>Flag %1</source>
        <translation>标记%1待查</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="57"/>
        <source>Mark %1 unreviewed</source>
        <translation>标记%1未复核</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="62"/>
        <source>Remember mapping of “%1”</source>
        <translation>记住“%1”的对应</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="68"/>
        <source>Use the recognised %1 again</source>
        <translation>重新使用识别出的%1</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="70"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="73"/>
        <source>No %1 table (%2)</source>
        <translation>无%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/store/EditTexts.cpp" line="74"/>
        <source>Use %1 as %2 (%3)</source>
        <translation>将%1用作%2（%3）</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <location filename="../ui/statements/FigureFormat.cpp" line="64"/>
        <source>million</source>
        <translation>百万</translation>
    </message>
    <message>
        <location filename="../ui/statements/FigureFormat.cpp" line="65"/>
        <source>%1 million</source>
        <translation>%1 百万元</translation>
    </message>
    <message>
        <location filename="../ui/statements/FigureFormat.cpp" line="66"/>
        <source>units</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>LoadProgressDelegate</name>
    <message>
        <location filename="../ui/reports/LoadProgressDelegate.cpp" line="31"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>PageRenderProcess</name>
    <message>
        <location filename="../models/process/PageRenderProcess.cpp" line="34"/>
        <source>the page drawing program %1 did not start</source>
        <translation>页面绘制程序 %1 未能启动</translation>
    </message>
    <message>
        <location filename="../models/process/PageRenderProcess.cpp" line="88"/>
        <location filename="../models/process/PageRenderProcess.cpp" line="113"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/process/PageRenderProcess.cpp" line="90"/>
        <source>drawing it took longer than %n s</source>
        <translation>
            <numerusform>绘制超过 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/process/PageRenderProcess.cpp" line="93"/>
        <source>the PDF library crashed on it</source>
        <translation>PDF 库在此页崩溃</translation>
    </message>
    <message>
        <location filename="../models/process/PageRenderProcess.cpp" line="92"/>
        <location filename="../models/process/PageRenderProcess.cpp" line="136"/>
        <source>the page drawing program answered nonsense</source>
        <translation>页面绘制程序返回了无法识别的内容</translation>
    </message>
    <message>
        <location filename="../models/process/PageRenderProcess.cpp" line="94"/>
        <source>the page drawing program quit on it</source>
        <translation>页面绘制程序在此页中途退出</translation>
    </message>
    <message>
        <location filename="../models/process/PageRenderProcess.cpp" line="143"/>
        <source>the page is too large to show</source>
        <translation>页面过大，无法显示</translation>
    </message>
</context>
<context>
    <name>PptxParts</name>
    <message>
        <location filename="../models/export/PptxParts.cpp" line="213"/>
        <source>Source: %1</source>
        <extracomment>Footnote of an exported slide, before the first filing the figures come from.</extracomment>
        <translation>资料来源：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/export/PptxParts.cpp" line="238"/>
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/charts/ChartExporter.cpp" line="71"/>
        <location filename="../ui/charts/ChartExporter.cpp" line="88"/>
        <location filename="../ui/charts/ChartExporter.cpp" line="92"/>
        <location filename="../ui/charts/ChartExporter.cpp" line="109"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExporter.cpp" line="133"/>
        <source>Unknown chart format &quot;%1&quot;: use .png, .svg, .pdf or .pptx</source>
        <translation>未知的图表格式“%1”：请使用 .png、.svg、.pdf 或 .pptx</translation>
    </message>
    <message>
        <source>Map row to “%1”</source>
        <translation type="vanished">将此行对应至“%1”</translation>
    </message>
    <message>
        <source>Revert correction</source>
        <translation type="vanished">还原修正</translation>
    </message>
    <message>
        <source>Revert mapping</source>
        <translation type="vanished">还原对应</translation>
    </message>
    <message>
        <source>Remember mapping of “%1”</source>
        <translation type="vanished">记住“%1”的对应</translation>
    </message>
</context>
<context>
    <name>ReportWarnings</name>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="88"/>
        <source>profit or loss statement</source>
        <translation>损益表</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="89"/>
        <source>statement of comprehensive income</source>
        <translation>综合收益表</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="90"/>
        <source>statement of financial position</source>
        <translation>财务状况表</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="91"/>
        <source>cash flow statement</source>
        <translation>现金流量表</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="92"/>
        <source>revenue breakdown</source>
        <translation>收入明细</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="93"/>
        <source>receivables ageing</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="94"/>
        <source>payables ageing</source>
        <translation>应付账款账龄</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="104"/>
        <source>No financial statement recognised</source>
        <translation>未能识别任何财务报表</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="105"/>
        <source>No financial statement recognised in %1</source>
        <translation>未能在%1中识别任何财务报表</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="108"/>
        <source>%1 not recognised (page %2)</source>
        <translation>未能识别%1（第%2页）</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="109"/>
        <source>%1 not recognised in %2 (page %3)</source>
        <translation>未能在%2中识别%1（第%3页）</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="110"/>
        <source>%1 not recognised</source>
        <translation>未能识别%1</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="111"/>
        <source>%1 not recognised in %2</source>
        <translation>未能在%2中识别%1</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="114"/>
        <source>%1 not recognised (page %2): “%3” is printed there but its table could not be read</source>
        <translation>未能识别%1（第%2页）：该页印有“%3”，但未能读取其表格</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="116"/>
        <source>%1 not recognised in %2 (page %3): “%4” is printed there but its table could not be read</source>
        <translation>未能在%2中识别%1（第%3页）：该页印有“%4”，但未能读取其表格</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="119"/>
        <source> (page %1)</source>
        <translation>（第%1页）</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="121"/>
        <source>%1: %2 of %3 columns have no period in their header%4</source>
        <translation>%1：%3栏中有%2栏的表头未列明期间%4</translation>
    </message>
    <message>
        <location filename="../models/items/ReportWarnings.cpp" line="123"/>
        <source>%1 in %2: %3 of %4 columns have no period in their header%5</source>
        <translation>%2的%1：%4栏中有%3栏的表头未列明期间%5</translation>
    </message>
</context>
<context>
    <name>TableDecision</name>
    <message>
        <location filename="../models/store/TableDecision.cpp" line="11"/>
        <source>no table</source>
        <translation>无表格</translation>
    </message>
    <message>
        <location filename="../models/store/TableDecision.cpp" line="13"/>
        <source>page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <location filename="../models/store/TableDecision.cpp" line="14"/>
        <source>pages %1–%2</source>
        <translation>第%1–%2页</translation>
    </message>
    <message>
        <location filename="../models/store/TableDecision.cpp" line="16"/>
        <source>%1, a marked area</source>
        <translation>%1，标记区域</translation>
    </message>
</context>
<context>
    <name>ledgerlens::AgeingModel</name>
    <message>
        <location filename="../models/items/AgeingModel.cpp" line="31"/>
        <source>Trade payables ageing</source>
        <translation>应付贸易账款账龄</translation>
    </message>
    <message>
        <location filename="../models/items/AgeingModel.cpp" line="32"/>
        <source>Trade receivables ageing</source>
        <translation>应收贸易账款账龄</translation>
    </message>
    <message>
        <location filename="../models/items/AgeingModel.cpp" line="37"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location filename="../models/items/AgeingModel.cpp" line="103"/>
        <source>printed as “%1”</source>
        <translation>原文为“%1”</translation>
    </message>
    <message>
        <source>Amount (%1, reporting currency)</source>
        <translation type="vanished">金额（%1，报告货币）</translation>
    </message>
</context>
<context>
    <name>ledgerlens::AmountChartModel</name>
    <message>
        <location filename="../models/items/AmountChartModel.cpp" line="53"/>
        <source>currency not stated</source>
        <translation>未注明货币</translation>
    </message>
    <message>
        <location filename="../models/items/AmountChartModel.cpp" line="77"/>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <location filename="../models/items/AmountChartModel.cpp" line="78"/>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../models/items/AmountChartModel.cpp" line="79"/>
        <source>units of %1</source>
        <translation>%1 单位</translation>
    </message>
    <message>
        <location filename="../models/items/AmountChartModel.cpp" line="86"/>
        <source>%1 %2</source>
        <comment>currency, unit: RMB millions</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../models/items/AmountChartModel.cpp" line="93"/>
        <source>%1, %2</source>
        <comment>chart title, currency</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ledgerlens::AuditExport</name>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="37"/>
        <source>(label)</source>
        <translation>（标签）</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="37"/>
        <source>(mapping)</source>
        <translation>（对应）</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="59"/>
        <source>Review audit</source>
        <translation>复核审计记录</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="60"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="61"/>
        <source>Stock code</source>
        <translation>股份代号</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="61"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="61"/>
        <source>Line item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="61"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="61"/>
        <source>Extracted</source>
        <translation>提取值</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="62"/>
        <source>Corrected</source>
        <translation>更正值</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="62"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="62"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="62"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="62"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="65"/>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="67"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/review/AuditExport.cpp" line="69"/>
        <source>mismatched</source>
        <translation>不匹配</translation>
    </message>
</context>
<context>
    <name>ledgerlens::Autosaver</name>
    <message>
        <location filename="../models/store/Autosaver.cpp" line="170"/>
        <source>Another Ledgerlens window is using that recovery file.</source>
        <translation>另一个 Ledgerlens 窗口正在使用该恢复文件。</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ChartViewBase</name>
    <message>
        <location filename="../ui/charts/ChartViewBase.cpp" line="115"/>
        <source>no figure</source>
        <translation>无数字</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartViewBase.cpp" line="123"/>
        <source> (%1 of the column)</source>
        <translation>（占该栏 %1）</translation>
    </message>
    <message>
        <source> (%1% of the column)</source>
        <translation type="vanished">（占该栏%1%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartViewBase.cpp" line="129"/>
        <source>
Source: %1, page %2 (click to open)</source>
        <translation>
来源：%1，第 %2 页（点击打开）</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ChartWindow</name>
    <message>
        <source>&amp;Maximise</source>
        <translation>最大化(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose Window</source>
        <translation>关闭窗口(&amp;L)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ChartsController</name>
    <message>
        <location filename="../ui/charts/ChartsController.cpp" line="16"/>
        <location filename="../ui/charts/ChartsController.cpp" line="29"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Open Chart in &amp;Window</source>
        <translation>在独立窗口中打开图表(&amp;W)</translation>
    </message>
    <message>
        <source>Show the current chart in a window of its own, to enlarge or move to another screen</source>
        <translation>在独立窗口中显示当前图表，以便放大或移到另一个屏幕</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ChartsPanel</name>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="126"/>
        <source>Revenue mix</source>
        <translation>收入构成</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="127"/>
        <source>Margins</source>
        <translation>利润率</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="128"/>
        <source>Receivables ageing</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="129"/>
        <source>Stacked bars</source>
        <translation>堆积柱形图</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="130"/>
        <source>Pie of one period</source>
        <translation>单期饼图</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="132"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="133"/>
        <source>Reports in different currencies are never drawn on one axis: pick the currency to chart</source>
        <translation>不同货币的报告不会绘于同一坐标轴：请选择要绘制的货币</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="134"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="135"/>
        <source>Image (PNG, 1920×1080)…</source>
        <translation>图像（PNG，1920×1080）…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="86"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="136"/>
        <source>Vector image (SVG)…</source>
        <translation>矢量图（SVG）…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="87"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="137"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="88"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="138"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="139"/>
        <source>PowerPoint, all charts (editable)…</source>
        <translation>PowerPoint，全部图表（可编辑）…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="131"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="205"/>
        <location filename="../ui/charts/ChartsPanel.cpp" line="212"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="217"/>
        <source>Export charts to PowerPoint</source>
        <translation>将图表导出到 PowerPoint</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="217"/>
        <source>Charts.pptx</source>
        <translation>图表.pptx</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="218"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="225"/>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ChecksModel</name>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="111"/>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="111"/>
        <source>Fails</source>
        <translation>不符</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="121"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="122"/>
        <source>Table</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="123"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="124"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="125"/>
        <source>Printed total</source>
        <translation>列示总额</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="126"/>
        <source>Sum of parts</source>
        <translation>各项合计</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="127"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../models/items/ChecksModel.cpp" line="128"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ComparisonModel</name>
    <message>
        <location filename="../models/items/ComparisonModelData.cpp" line="98"/>
        <source>This report has no such line item.</source>
        <translation>此报告没有这个项目。</translation>
    </message>
    <message>
        <location filename="../models/items/ComparisonModelData.cpp" line="102"/>
        <source>This figure adds up several printed lines: turn off View &gt; Standardised Rows to correct one of them.</source>
        <translation>此数字为多个印刷行之和：请关闭“视图 &gt; 标准化行”以更正其中一行。</translation>
    </message>
    <message>
        <location filename="../models/items/ComparisonModelData.cpp" line="132"/>
        <source>Lines only one report prints in this part of the statement, added up; each figure’s tooltip lists its lines</source>
        <translation>本部分中仅一份报告印有的行之和；各数字的提示列出其所含各行</translation>
    </message>
    <message>
        <location filename="../models/items/ComparisonModelData.cpp" line="196"/>
        <source>User mapping: %1 (your key for this company’s filings)</source>
        <translation>用户对应：%1（你为此公司各份报告所选的项目）</translation>
    </message>
    <message>
        <location filename="../models/items/ComparisonModelData.cpp" line="202"/>
        <source>No key: these reports print the same caption</source>
        <translation>未对应项目：这些报告印有相同的项目名称</translation>
    </message>
    <message>
        <location filename="../models/items/ComparisonModelData.cpp" line="224"/>
        <source>Derived from the arithmetic: sums rows %1 to %2 (“%3” to “%4”)</source>
        <translation>由算术推得：第 %1 至 %2 行之和（“%3”至“%4”）</translation>
    </message>
    <message>
        <location filename="../models/items/ComparisonModelData.cpp" line="229"/>
        <source>Derived from the arithmetic</source>
        <translation>由算术推得</translation>
    </message>
    <message>
        <location filename="../models/items/ComparisonModelFold.cpp" line="138"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/ComparisonModelFold.cpp" line="140"/>
        <source>Adds up %n printed line(s):</source>
        <translation>
            <numerusform>合计 %n 个印刷行：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ledgerlens::CorrectionDialog</name>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="23"/>
        <source>Correct Figure</source>
        <translation>更正数字</translation>
    </message>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="28"/>
        <source>1,234 or (56) for a negative, - for nil</source>
        <translation>如 1,234；负数写 (56)；无数字写 -</translation>
    </message>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="30"/>
        <source>Why (optional): e.g. &quot;typo in the PDF, see note 5&quot;</source>
        <translation>原因（可选）：例如“PDF 排印错误，见附注 5”</translation>
    </message>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="39"/>
        <source>Printed:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="40"/>
        <source>&amp;Figure:</source>
        <translation>数字(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="41"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="79"/>
        <source>That is not a figure.</source>
        <translation>这不是一个数字。</translation>
    </message>
    <message>
        <location filename="../ui/review/CorrectionDialog.cpp" line="86"/>
        <source>The note is %1 characters long; a note may be at most %2.</source>
        <translation>备注长 %1 个字符；备注最多 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>ledgerlens::CorrectionsModel</name>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="85"/>
        <source>(label)</source>
        <translation>（项目名称）</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="86"/>
        <source>(mapping)</source>
        <translation>（对应）</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="97"/>
        <source>Mismatched: the PDF changed</source>
        <translation>不相符：PDF 已更改</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="98"/>
        <source>Applied</source>
        <translation>已套用</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="98"/>
        <source>Pending load</source>
        <translation>待载入</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="108"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="109"/>
        <source>Table</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="110"/>
        <source>Line item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="111"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="112"/>
        <source>Extracted</source>
        <translation>撷取值</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="113"/>
        <source>Corrected</source>
        <translation>更正值</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="114"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="115"/>
        <source>Who</source>
        <translation>更正者</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="116"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="117"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../models/items/CorrectionsModel.cpp" line="118"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ledgerlens::DisplayUnitMenu</name>
    <message>
        <location filename="../ui/statements/DisplayUnitMenu.cpp" line="32"/>
        <source>Display &amp;Unit</source>
        <translation>显示单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/statements/DisplayUnitMenu.cpp" line="33"/>
        <source>&amp;Thousands (&apos;000)</source>
        <translation>千元(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/statements/DisplayUnitMenu.cpp" line="33"/>
        <source>&amp;Millions</source>
        <translation>百万元(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/statements/DisplayUnitMenu.cpp" line="33"/>
        <source>U&amp;nits</source>
        <translation>元(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ExtractionWorker</name>
    <message>
        <source>the extractor printed far too much output</source>
        <translation type="vanished">提取程序输出的内容过多</translation>
    </message>
    <message numerus="yes">
        <source> (limit %n s)</source>
        <translation type="vanished">
            <numerusform>（上限 %n 秒）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (limit %n MB)</source>
        <translation type="vanished">
            <numerusform>（上限 %n MB）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/process/ExtractionWorker.cpp" line="26"/>
        <source>far too much output</source>
        <translation>输出的内容过多</translation>
    </message>
</context>
<context>
    <name>ledgerlens::FigureEditing</name>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="77"/>
        <source>Figure not changed: %1</source>
        <translation>数字未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="83"/>
        <source>&amp;Correct Figure…</source>
        <translation>更正数字(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="84"/>
        <source>Add &amp;Note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="85"/>
        <source>Fix &amp;Line Item…</source>
        <translation>修正项目(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="86"/>
        <source>Re&amp;vert to Extracted</source>
        <translation>恢复为提取值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="87"/>
        <source>Type the right figure for the selected cell, with a note on why</source>
        <translation>为所选单元格输入正确数字，并注明原因</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="88"/>
        <source>Fix the label of the selected line, or the line item it maps to</source>
        <translation>修正所选行的标签或其对应的标准项目</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="121"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="137"/>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="137"/>
        <source>Correct Figure</source>
        <translation>更正数字</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="152"/>
        <location filename="../ui/review/FigureEditing.cpp" line="192"/>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="174"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, row %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2，第 %3 行</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="197"/>
        <source>Fix line item “%1”</source>
        <translation>修正项目“%1”</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="220"/>
        <source>Revert line item</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="245"/>
        <source>&lt;b&gt;Note&lt;/b&gt; by %1, %2</source>
        <translation>&lt;b&gt;备注&lt;/b&gt;：%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="245"/>
        <source>&lt;b&gt;Corrected&lt;/b&gt; by %1, %2</source>
        <translation>&lt;b&gt;已更正&lt;/b&gt;：%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="249"/>
        <source>Printed in the PDF: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>PDF 原文：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="251"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="256"/>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;Fails check&lt;/span&gt; %1: printed %2, parts add up to %3</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;勾稽不符&lt;/span&gt; %1：列示 %2，分项合计 %3</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="260"/>
        <source>Another report prints a different figure for this period (restated).</source>
        <translation>另一份报告对同一期间列示了不同数字（重述）。</translation>
    </message>
    <message>
        <location filename="../ui/review/FigureEditing.cpp" line="281"/>
        <source>Printed on page %1 of %2: &lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation>%2第%1页印作：&lt;b&gt;%3&lt;/b&gt;%4</translation>
    </message>
</context>
<context>
    <name>ledgerlens::LineItemHeader</name>
    <message>
        <location filename="../ui/statements/LineItemHeader.cpp" line="48"/>
        <source>(subtotal)</source>
        <translation>（小计）</translation>
    </message>
</context>
<context>
    <name>ledgerlens::LoadController</name>
    <message>
        <location filename="../ui/loading/LoadController.cpp" line="177"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ledgerlens::LoadFailures</name>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="21"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="22"/>
        <source>not a file: this is a folder, device or pipe</source>
        <translation>不是文件：这是文件夹、设备或管道</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="23"/>
        <source>the file&apos;s name is not valid UTF-8; rename the file</source>
        <translation>文件名不是有效的 UTF-8，请重命名文件</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="24"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="25"/>
        <source>not a PDF file</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="26"/>
        <source>the PDF is damaged or truncated: its end is missing (an incomplete download?)</source>
        <translation>PDF 已损坏或不完整：文件结尾缺失（下载未完成？）</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="27"/>
        <source>the PDF is damaged or truncated</source>
        <translation>PDF 已损坏或不完整</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="28"/>
        <source>the PDF has no pages (damaged)</source>
        <translation>PDF 没有任何页面（已损坏）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/loading/LoadFailure.cpp" line="30"/>
        <source>the PDF&apos;s page tree is damaged: %n page(s) cannot be found, from page %1</source>
        <translation>
            <numerusform>PDF 的页面树已损坏：自第 %1 页起有 %n 页无法找到</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="33"/>
        <source>page %1 is far too large to be a report page (%2 x %3 in)</source>
        <translation>第 %1 页尺寸过大，不可能是报告页面（%2 x %3 英寸）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/loading/LoadFailure.cpp" line="38"/>
        <source>a stream in the PDF is too large or too slow to read (it decompresses to over %n MB)</source>
        <translation>
            <numerusform>PDF 中有数据流过大或读取过慢（解压后超过 %n MB）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="40"/>
        <source>encrypted: a password is needed to open it</source>
        <translation>已加密：需要密码才能打开</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="41"/>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="42"/>
        <source>no text layer: the figures cannot be read without OCR</source>
        <translation>没有文本层：不经 OCR 无法读取数字</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="43"/>
        <source>not a financial report: no statements were found</source>
        <translation>不是财务报告：未找到财务报表</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="44"/>
        <source>the extractor crashed on this file</source>
        <translation>提取程序处理此文件时崩溃</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/loading/LoadFailure.cpp" line="47"/>
        <source>extraction took too long and was stopped after %n s: a stream in the PDF is too large or too slow to read</source>
        <translation>
            <numerusform>提取耗时过长，已于 %n 秒后停止：PDF 中有数据流过大或读取过慢</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="50"/>
        <source>extraction took too long and was stopped</source>
        <translation>提取耗时过长，已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/loading/LoadFailure.cpp" line="52"/>
        <source>extraction used too much memory and was stopped at %n MB: a stream in the PDF is too large or too slow to read</source>
        <translation>
            <numerusform>提取占用内存过多，已于 %n MB 时停止：PDF 中有数据流过大或读取过慢</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="55"/>
        <source>extraction used too much memory and was stopped</source>
        <translation>提取占用内存过多，已停止</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="57"/>
        <source>the extractor returned unreadable output</source>
        <translation>提取程序返回了无法读取的结果</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="58"/>
        <source>the extractor returned unreadable output: %1</source>
        <translation>提取程序返回了无法读取的结果：%1</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="60"/>
        <source>the extractor program (ledgerlens-worker) could not be started: %1</source>
        <translation>无法启动提取程序（ledgerlens-worker）：%1</translation>
    </message>
    <message>
        <source>the extractor program (ledgerlens-cli) could not be started: %1</source>
        <translation type="vanished">无法启动提取程序（ledgerlens-cli）：%1</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="64"/>
        <source>the file could not be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>the extractor program (ledgerlens-cli) could not be started</source>
        <translation type="vanished">无法启动提取程序（ledgerlens-cli）</translation>
    </message>
    <message>
        <location filename="../ui/loading/LoadFailure.cpp" line="63"/>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
</context>
<context>
    <name>ledgerlens::LoadStatusLabel</name>
    <message numerus="yes">
        <location filename="../ui/loading/LoadStatusLabel.cpp" line="36"/>
        <source>%n report(s) ready</source>
        <translation>
            <numerusform>%n 份报告就绪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/loading/LoadStatusLabel.cpp" line="38"/>
        <source>%n loading</source>
        <translation>
            <numerusform>%n 份载入中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/loading/LoadStatusLabel.cpp" line="40"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 份失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ledgerlens::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>%1 is already open (%2); not loaded twice.</source>
        <translation>%1 已经打开（%2），不会重复载入。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>About Ledgerlens</source>
        <translation>关于 Ledgerlens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&lt;b&gt;Ledgerlens&lt;/b&gt; %1&lt;br&gt;Compare HKEX financial reports side by side, every figure linked to where it is printed.</source>
        <translation>&lt;b&gt;Ledgerlens&lt;/b&gt; %1&lt;br&gt;并排比较港交所上市公司财务报告，每个数字都链接到其在原文中的位置。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Ledgerlens — report comparison</source>
        <translation>Ledgerlens — 报告比较</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;Open Reports…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;Close Report</source>
        <translation>关闭报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>&amp;Find Line Item…</source>
        <translation>查找项目(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>&amp;Next Table</source>
        <translation>下一张表(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Previous Table</source>
        <translation>上一张表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Reset &amp;Layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Put every panel back where it starts</source>
        <translation>将所有面板放回初始位置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;About Ledgerlens</source>
        <translation>关于 Ledgerlens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Source page</source>
        <translation>原文页面</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>The %1 translation is missing from this build.</source>
        <translation>此版本缺少%1翻译。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285"/>
        <source>Open Reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>PDF reports (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF 报告 (*.pdf *.PDF);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>No sample reports found; open report PDFs with File &gt; Open.</source>
        <translation>未找到示例报告；请通过“文件 &gt; 打开报告”打开 PDF。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>No extracted figure there.</source>
        <translation>该处没有已提取的数字。</translation>
    </message>
</context>
<context>
    <name>ledgerlens::MappingDialog</name>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="20"/>
        <source>(not mapped)</source>
        <translation>（未对应）</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="31"/>
        <source>Fix Line Item</source>
        <translation>修正项目</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="45"/>
        <source>Why (optional)</source>
        <translation>原因（可选）</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="53"/>
        <source>Extracted:</source>
        <translation>提取值：</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="54"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="55"/>
        <source>&amp;Maps to:</source>
        <translation>对应标准项目(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="56"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="71"/>
        <source>“%1” → %2</source>
        <translation>“%1” → %2</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="101"/>
        <source>Suggested:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <location filename="../ui/review/MappingDialog.cpp" line="116"/>
        <source>&amp;Use this key for the other filings of %1</source>
        <translation>此项目亦用于%1的其他报告(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ledgerlens::MarginsModel</name>
    <message>
        <location filename="../models/items/MarginsModel.cpp" line="63"/>
        <source>Margins</source>
        <translation>利润率</translation>
    </message>
    <message>
        <location filename="../models/items/MarginsModel.cpp" line="68"/>
        <source>Margin (%)</source>
        <translation>利润率（%）</translation>
    </message>
    <message>
        <location filename="../models/items/MarginsModel.cpp" line="74"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../models/items/MarginsModel.cpp" line="75"/>
        <source>Operating margin</source>
        <translation>经营利润率</translation>
    </message>
    <message>
        <location filename="../models/items/MarginsModel.cpp" line="76"/>
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <location filename="../models/items/MarginsModel.cpp" line="143"/>
        <source>Gross margin: %1</source>
        <translation>毛利率：%1</translation>
    </message>
</context>
<context>
    <name>ledgerlens::MismatchDialog</name>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="47"/>
        <source>Corrections That No Longer Match</source>
        <translation>不再匹配的更正</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="48"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="48"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="48"/>
        <source>Line item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="48"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="48"/>
        <source>Extracted then</source>
        <translation>当时提取值</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="49"/>
        <source>Corrected to</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="49"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="49"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="50"/>
        <source>&amp;Dismiss Selected</source>
        <translation>舍弃所选(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="51"/>
        <source>Drop the selected corrections for good (they are not re-applied).</source>
        <translation>永久舍弃所选更正（不会重新应用）。</translation>
    </message>
    <message>
        <location filename="../ui/review/MismatchDialog.cpp" line="94"/>
        <source>Every correction matches its report.</source>
        <translation>所有更正均与其报告匹配。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/MismatchDialog.cpp" line="95"/>
        <source>&lt;b&gt;%n correction(s) no longer match the report they were made on.&lt;/b&gt; The PDF (%1) is not the version the workspace was saved with, and these figures or lines are not where they were. They are kept, saved with the workspace and listed in the audit export as “mismatched”: re-apply them in the tables if they still hold, then dismiss them here.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 项更正已与原报告不再匹配。&lt;/b&gt;该 PDF（%1）并非保存工作区时的版本，这些数字或行已不在原处。它们会被保留、随工作区保存，并在审计导出中标记为“不匹配”：如仍然适用，请在表格中重新应用，然后在此舍弃。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ledgerlens::MissingReportsDialog</name>
    <message>
        <location filename="../ui/review/MissingReportsDialog.cpp" line="19"/>
        <source>Reports Not Found</source>
        <translation>找不到报告</translation>
    </message>
    <message>
        <location filename="../ui/review/MissingReportsDialog.cpp" line="34"/>
        <source>&amp;Locate…</source>
        <translation>查找(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/review/MissingReportsDialog.cpp" line="35"/>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/review/MissingReportsDialog.cpp" line="36"/>
        <source>Skip &amp;All</source>
        <translation>全部跳过(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/MissingReportsDialog.cpp" line="43"/>
        <source>Locate %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/MissingReportsDialog.cpp" line="45"/>
        <source>PDF reports (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF 报告 (*.pdf *.PDF);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/MissingReportsDialog.cpp" line="53"/>
        <source>%n report(s) of this workspace are no longer where it says. Locate one to restore its corrections and review status, or skip it: skipped reports keep their corrections in the workspace.</source>
        <translation>
            <numerusform>此工作区有 %n 份报告已不在其记录的位置。查找报告可恢复其更正和复核状态，也可跳过：跳过的报告仍在工作区中保留其更正。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ledgerlens::PageImageService</name>
    <message>
        <location filename="../ui/source/PageImageService.cpp" line="136"/>
        <source>it cannot be drawn</source>
        <translation>无法绘制</translation>
    </message>
</context>
<context>
    <name>ledgerlens::PasswordPrompt</name>
    <message>
        <location filename="../ui/loading/PasswordPrompt.cpp" line="25"/>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../ui/loading/PasswordPrompt.cpp" line="26"/>
        <source>That password did not open %1. Try again:</source>
        <translation>该密码无法打开 %1，请重试：</translation>
    </message>
    <message>
        <location filename="../ui/loading/PasswordPrompt.cpp" line="27"/>
        <source>%1 is encrypted. Enter its password:</source>
        <translation>%1 已加密，请输入密码：</translation>
    </message>
</context>
<context>
    <name>ledgerlens::RecentFiles</name>
    <message>
        <location filename="../ui/RecentFiles.cpp" line="51"/>
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
</context>
<context>
    <name>ledgerlens::RegionReadJob</name>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="20"/>
        <source>Reading the table took too long and was stopped.</source>
        <translation>读取表格耗时过长，已停止。</translation>
    </message>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="28"/>
        <source>The helper program %1 could not be started.</source>
        <translation>无法启动辅助程序 %1。</translation>
    </message>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="91"/>
        <source>The PDF could not be read again; the table was not changed.</source>
        <translation>无法重新读取 PDF；报表未更改。</translation>
    </message>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="97"/>
        <source>The helper program&apos;s answer could not be read.</source>
        <translation>无法读取辅助程序返回的内容。</translation>
    </message>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="129"/>
        <source>The PDF has no page %1. Choose pages the PDF has.</source>
        <translation>PDF 没有第 %1 页。请选择 PDF 中存在的页。</translation>
    </message>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="131"/>
        <source>The marked area lies outside page %1. Drag a rectangle on the page itself.</source>
        <translation>标记区域在第 %1 页范围之外。请在页面内拖出矩形。</translation>
    </message>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="133"/>
        <source>Nothing is printed in the marked area of page %1. Drag a rectangle around the table.</source>
        <translation>第 %1 页的标记区域内没有印刷内容。请拖出矩形框住表格。</translation>
    </message>
    <message>
        <location filename="../models/process/RegionReadJob.cpp" line="136"/>
        <source>No table of figures was found there: the area holds no rows of figures under a header. Mark the table with its column headers.</source>
        <translation>该处未找到数字表格：区域内没有位于表头下方的数字行。请连同列标题一起标记表格。</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ReportListModel</name>
    <message numerus="yes">
        <location filename="../models/items/ReportListModel.cpp" line="148"/>
        <source>%1 · %n warning(s)</source>
        <translation>
            <numerusform>%1 · %n项警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/ReportListModel.cpp" line="159"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../models/items/ReportListModel.cpp" line="160"/>
        <source>Stock code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../models/items/ReportListModel.cpp" line="161"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../models/items/ReportListModel.cpp" line="162"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../models/items/ReportListModel.cpp" line="163"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../models/items/ReportListModel.cpp" line="164"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ReportListPanel</name>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="175"/>
        <source>Enter &amp;password…</source>
        <translation>输入密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="176"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="177"/>
        <source>Extract this report again (Ctrl+R)</source>
        <translation>重新提取此报告（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="177"/>
        <source>Load this report again (Ctrl+R)</source>
        <translation>重新载入此报告（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="182"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="183"/>
        <source>Move the report one column left in the comparison (Alt+Up)</source>
        <translation>在比较中将该报告左移一列（Alt+上）</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="184"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="185"/>
        <source>Move the report one column right in the comparison (Alt+Down)</source>
        <translation>在比较中将该报告右移一列（Alt+下）</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="186"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="187"/>
        <source>Remove the report from the comparison (Delete)</source>
        <translation>从比较中移除该报告（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="188"/>
        <source>&amp;Cancel load</source>
        <translation>取消载入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportListPanel.cpp" line="189"/>
        <source>Stop extracting this report (Esc)</source>
        <translation>停止提取该报告（Esc）</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ReportLoader</name>
    <message>
        <location filename="../ui/loading/ReportLoader.cpp" line="200"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ReportStore</name>
    <message>
        <location filename="../models/store/ReportStoreEdits.cpp" line="301"/>
        <source>%1 of %2 tables reviewed</source>
        <translation>已复核 %1／%2 份报表</translation>
    </message>
</context>
<context>
    <name>ledgerlens::RevenueMixModel</name>
    <message>
        <location filename="../models/items/RevenueMixModel.cpp" line="52"/>
        <source>Revenue by segment</source>
        <translation>按分类划分的收入</translation>
    </message>
    <message>
        <location filename="../models/items/RevenueMixModel.cpp" line="57"/>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <source>Revenue (%1, reporting currency)</source>
        <translation type="vanished">收入（%1，报告货币）</translation>
    </message>
</context>
<context>
    <name>ledgerlens::RevenueMixPieView</name>
    <message>
        <location filename="../ui/charts/ChartViews.cpp" line="92"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ReviewController</name>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="67"/>
        <source>No arithmetic check fails.</source>
        <translation>没有不符的勾稽检查。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="150"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="151"/>
        <source>Re&amp;view</source>
        <translation>复核(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="152"/>
        <source>&amp;Export Audit Sheet…</source>
        <translation>导出审计表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="153"/>
        <source>Next &amp;Failing Check</source>
        <translation>下一个不符检查(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="154"/>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="171"/>
        <source>One workspace at a time: %1 not opened.</source>
        <translation>一次只能打开一个工作区：未打开 %1。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="207"/>
        <source>Export Audit Sheet</source>
        <translation>导出审计表</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="208"/>
        <source>review-audit.xlsx</source>
        <translation>复核审计.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="209"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="222"/>
        <source>Audit Sheet Not Exported</source>
        <translation>审计表未导出</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="223"/>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="227"/>
        <source>Exported %n correction(s) to %1</source>
        <translation>
            <numerusform>已将 %n 项更正导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ledgerlens::ReviewPanel</name>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="186"/>
        <source>No arithmetic checks yet: they run when a report is loaded.</source>
        <translation>尚无勾稽检查：载入报告后会自动运行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="188"/>
        <source>All %n check(s) pass.</source>
        <translation>
            <numerusform>全部 %n 项检查通过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="190"/>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;%1 of %2 checks fail&lt;/b&gt;: select one to see its figures.</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;%2 项检查中有 %1 项不符&lt;/b&gt;：选择一项以查看相关数字。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="193"/>
        <source>Checks (%1 failing)</source>
        <translation>检查（%1 项不符）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="193"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="198"/>
        <source>Failures only</source>
        <translation>仅显示不符</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="200"/>
        <source>Corrections (%1)</source>
        <translation>更正（%1）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="201"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="202"/>
        <source>&lt;as extracted&gt;</source>
        <translation>&lt;按提取值&gt;</translation>
    </message>
</context>
<context>
    <name>ledgerlens::ReviewStatusActions</name>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="82"/>
        <source>Mark Table &amp;Reviewed</source>
        <translation>标记此表已复核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="83"/>
        <source>&amp;Flag Table</source>
        <translation>标记此表待查(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="84"/>
        <source>Mark Table &amp;Unreviewed</source>
        <translation>标记此表未复核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="85"/>
        <source>This report&apos;s current table has been checked against the PDF</source>
        <translation>该报告的当前表格已与 PDF 核对</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="86"/>
        <source>This report&apos;s current table needs another look</source>
        <translation>该报告的当前表格需要再次检查</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="116"/>
        <source>Select a figure of the report whose table you reviewed.</source>
        <translation>请选择已复核表格所属报告中的一个数字。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="123"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="161"/>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="162"/>
        <source>flagged</source>
        <translation>待查</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewStatusActions.cpp" line="163"/>
        <source>not reviewed</source>
        <translation>未复核</translation>
    </message>
</context>
<context>
    <name>ledgerlens::SourceViewer</name>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="119"/>
        <source>Page %1 is slow to render… you can keep working or turn the page.</source>
        <translation>第 %1 页渲染较慢… 您可以继续工作或翻页。</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="293"/>
        <source>Page %1 could not be rendered: %2.</source>
        <translation>第 %1 页无法显示：%2。</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="369"/>
        <source>Select a figure to see where it is printed.</source>
        <translation>选择一个数字，查看其在原文中的位置。</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="200"/>
        <location filename="../ui/source/SourceViewer.cpp" line="371"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="279"/>
        <source>Rendering page %1…</source>
        <translation>正在渲染第 %1 页…</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="357"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="358"/>
        <source>Previous page (PgUp)</source>
        <translation>上一页（PgUp）</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="359"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="360"/>
        <source>Next page (PgDn)</source>
        <translation>下一页（PgDn）</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="361"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="362"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="363"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../ui/source/SourceViewer.cpp" line="368"/>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
</context>
<context>
    <name>ledgerlens::StatementsPanel</name>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="32"/>
        <source>Profit or loss</source>
        <translation>损益表</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="33"/>
        <source>Comprehensive income</source>
        <translation>综合收益表</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="34"/>
        <source>Financial position</source>
        <translation>财务状况表</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="35"/>
        <source>Cash flows</source>
        <translation>现金流量表</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="36"/>
        <source>Revenue mix</source>
        <translation>收入构成</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="37"/>
        <source>Receivables ageing</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="38"/>
        <source>Payables ageing</source>
        <translation>应付账款账龄</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="191"/>
        <source>Open report PDFs (File &gt; Open, or drop them here) to compare them.</source>
        <translation>打开报告 PDF（文件 &gt; 打开报告，或拖放到此处）即可进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="192"/>
        <source>None of the loaded reports has this table.</source>
        <translation>已载入的报告中都没有此表。</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="194"/>
        <source>No line item matches “%1”.</source>
        <translation>没有与“%1”匹配的项目。</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="213"/>
        <source>Figures in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="214"/>
        <source>Figures in %1 of each report&apos;s currency (%2)</source>
        <translation>金额单位：各报告货币的%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="223"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="224"/>
        <source>Find line item (Ctrl+F)</source>
        <translation>查找项目（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="225"/>
        <source>Display unit for every report</source>
        <translation>所有报告的显示单位</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="226"/>
        <source>&amp;Standardised Rows</source>
        <translation>标准化行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/statements/StatementsPanel.cpp" line="227"/>
        <source>Line the reports up on the statement&apos;s standard rows: a line only one report prints is added into its section&apos;s “Other” row. Off: every line as printed.</source>
        <translation>按报表的标准行对齐各报告：仅一份报告印有的行计入其所在部分的“其他”行。关闭：所有行按印刷显示。</translation>
    </message>
</context>
<context>
    <name>ledgerlens::TableActions</name>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="47"/>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="48"/>
        <source>Copy the selected figures with their line items and columns, for a spreadsheet</source>
        <translation>复制所选数字及其项目和列标题，以粘贴到电子表格</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="49"/>
        <source>Export &amp;Table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="50"/>
        <source>Save the current table as an Excel workbook or CSV</source>
        <translation>将当前表格保存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="68"/>
        <location filename="../ui/statements/TableActions.cpp" line="91"/>
        <source>Line item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="99"/>
        <location filename="../ui/statements/TableActions.cpp" line="127"/>
        <source>This table is empty: nothing to export.</source>
        <translation>此表格为空，没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="104"/>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="106"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="114"/>
        <source>Table Not Exported</source>
        <translation>表格未导出</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="115"/>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableActions.cpp" line="118"/>
        <source>Exported %1 to %2</source>
        <translation>已将%1导出到 %2</translation>
    </message>
</context>
<context>
    <name>ledgerlens::TablePicking</name>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="71"/>
        <source>Use as &amp;Table…</source>
        <translation>用作表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="72"/>
        <source>Read a table from the page shown (drag a rectangle first to read only that area)</source>
        <translation>从显示的页面读取表格（先拖出矩形则只读取该区域）</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="73"/>
        <source>&amp;Not This Table…</source>
        <translation>不是这个表格(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="74"/>
        <source>The recognised table is the wrong one: drop it and point at the right one</source>
        <translation>识别出的表格不对：舍弃它并指出正确的表格</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="75"/>
        <source>&amp;Pick Table by Hand…</source>
        <translation>手动选取表格(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="76"/>
        <source>Point at the pages where the report prints this table</source>
        <translation>指出报告中印有此表格的页面</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="114"/>
        <source>Show a report&apos;s page first: select a figure or a report.</source>
        <translation>请先显示报告的页面：选择一个数字或一份报告。</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="128"/>
        <source>Select a figure of the table first.</source>
        <translation>请先选择该表格中的一个数字。</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="132"/>
        <source>Not this table</source>
        <translation>不是这个表格</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="134"/>
        <source>The recognised table was dropped (Undo brings it back).</source>
        <translation>已舍弃识别出的表格（撤销可恢复）。</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="153"/>
        <source>Other tables recognition found</source>
        <translation>识别找到的其他表格</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="157"/>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/TablePicking.cpp" line="167"/>
        <source>Pick Table by Hand…</source>
        <translation>手动选取表格…</translation>
    </message>
</context>
<context>
    <name>ledgerlens::TableRegionDialog</name>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="30"/>
        <source>Use as Table</source>
        <translation>用作表格</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="42"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="47"/>
        <source>Only the marked area of the first page (%1 × %2 points)</source>
        <translation>仅首页的标记区域（%1 × %2 点）</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="51"/>
        <source>Whole pages (drag a rectangle on the page first to read only part of it)</source>
        <translation>整页（先在页面上拖出矩形则只读取其中一部分）</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="55"/>
        <source>Why (optional), e.g. missed by recognition</source>
        <translation>原因（可选），例如识别遗漏</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="57"/>
        <source>Table:</source>
        <translation>表格：</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="58"/>
        <source>Pages:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="60"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="62"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="63"/>
        <source>Preview reads the table there, as it would land in the comparison.</source>
        <translation>预览会读取该处的表格，如同它在比较中显示的样子。</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="73"/>
        <source>Use This Table</source>
        <translation>使用此表格</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="142"/>
        <source>Reading pages %1–%2 in the helper program…</source>
        <translation>正在辅助程序中读取第 %1–%2 页…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/source/TableRegionDialog.cpp" line="160"/>
        <source>%n row(s) read from %1.</source>
        <translation>
            <numerusform>从%1读取了 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/source/TableRegionDialog.cpp" line="163"/>
        <source>%1 of %n arithmetic check(s) fail.</source>
        <translation>
            <numerusform>%n 项算术检查中有 %1 项不通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/source/TableRegionDialog.cpp" line="164"/>
        <source>%n arithmetic check(s), all pass.</source>
        <translation>
            <numerusform>%n 项算术检查，全部通过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="179"/>
        <source>Line item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="203"/>
        <source>The region changed: preview it again.</source>
        <translation>区域已更改：请重新预览。</translation>
    </message>
    <message>
        <location filename="../ui/source/TableRegionDialog.cpp" line="216"/>
        <source>The report is not loaded; the table was not changed.</source>
        <translation>报告未加载；表格未更改。</translation>
    </message>
</context>
<context>
    <name>ledgerlens::TableWarningsBanner</name>
    <message>
        <location filename="../ui/statements/TableWarningsBanner.cpp" line="76"/>
        <source>Pick table by hand…</source>
        <translation>手动选取表格…</translation>
    </message>
    <message>
        <location filename="../ui/statements/TableWarningsBanner.cpp" line="77"/>
        <source>Retry extraction</source>
        <translation>重新提取</translation>
    </message>
</context>
<context>
    <name>ledgerlens::WorkspaceConflicts</name>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="36"/>
        <source>Workspace Already Open</source>
        <translation>工作区已打开</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="37"/>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="55"/>
        <source>%1 is open in another Ledgerlens window.</source>
        <translation>%1 已在另一个 Ledgerlens 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="38"/>
        <source>If both windows save it, the later save replaces the other window&apos;s work; Ledgerlens asks before it does.</source>
        <translation>两个窗口都保存时，较后的保存会取代另一窗口的工作；Ledgerlens 会先询问。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="40"/>
        <source>Open &amp;Anyway</source>
        <translation>仍然打开(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="47"/>
        <source>Workspace Changed on Disk</source>
        <translation>磁盘上的工作区已更改</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="48"/>
        <source>%1 was saved by someone else (another window?) after this window opened or saved it.</source>
        <translation>此窗口打开或保存 %1 之后，有人（另一个窗口？）保存了它。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="50"/>
        <source>Overwriting replaces that version with this window&apos;s work. Cancel, then Save As, keeps both.</source>
        <translation>覆盖会以此窗口的工作取代该版本。取消后另存为，可保留两者。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="52"/>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="56"/>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="54"/>
        <source>Workspace Open in Another Window</source>
        <translation>工作区已在另一窗口中打开</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceConflicts.cpp" line="56"/>
        <source>Overwriting replaces that window&apos;s workspace with this one.</source>
        <translation>覆盖会以此工作区取代该窗口的工作区。</translation>
    </message>
</context>
<context>
    <name>ledgerlens::WorkspaceController</name>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="62"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Report Not Found</source>
        <translation type="vanished">找不到报告</translation>
    </message>
    <message>
        <source>%1 is no longer where the workspace says it is:
%2

Locate it to restore its corrections and review status?</source>
        <translation type="vanished">%1 已不在工作区记录的位置：
%2

要找到它以恢复其更正和复核状态吗？</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation type="vanished">查找(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="vanished">跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation type="vanished">查找 %1</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf *.PDF);;All files (*)</source>
        <translation type="vanished">PDF 报告 (*.pdf *.PDF);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="93"/>
        <source>Open &amp;Workspace…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="94"/>
        <source>&amp;Save Workspace</source>
        <translation>保存工作区(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="95"/>
        <source>Save Workspace &amp;As…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="96"/>
        <source>&amp;Clear Recent Workspaces</source>
        <translation>清除最近工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="97"/>
        <source>&amp;Mismatched Corrections…</source>
        <translation>不匹配的更正(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="98"/>
        <source>Recent Wor&amp;kspaces</source>
        <translation>最近工作区(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="112"/>
        <location filename="../ui/review/WorkspaceController.cpp" line="367"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="114"/>
        <source>%1[*] — Ledgerlens</source>
        <translation>%1[*] — Ledgerlens</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="168"/>
        <source>No recent workspaces</source>
        <translation>没有最近工作区</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="183"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="184"/>
        <source>Save Workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="185"/>
        <location filename="../ui/review/WorkspaceController.cpp" line="214"/>
        <source>Ledgerlens workspaces (*.ledgerlens);;All files (*)</source>
        <translation>Ledgerlens 工作区 (*.ledgerlens);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="200"/>
        <source>Workspace Not Saved</source>
        <translation>工作区未保存</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="205"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="213"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="246"/>
        <location filename="../ui/review/WorkspaceController.cpp" line="257"/>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="247"/>
        <source>%1 cannot be opened.

%2

The file has not been changed, and the reports open now are as they were.</source>
        <translation>无法打开 %1。

%2

该文件未被更改，当前打开的报告保持不变。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/WorkspaceController.cpp" line="265"/>
        <source>Opened %1: %n report(s) loading</source>
        <translation>
            <numerusform>已打开 %1：%n 份报告载入中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="301"/>
        <source>Recover Unsaved Work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/WorkspaceController.cpp" line="302"/>
        <source>Ledgerlens did not close normally. Work that was not saved was kept at %1: %n report(s)</source>
        <translation>
            <numerusform>Ledgerlens 上次未正常关闭。未保存的工作已保留在 %1：%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/WorkspaceController.cpp" line="304"/>
        <source>, %n correction(s).</source>
        <translation>
            <numerusform>，%n 项更正。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="307"/>
        <source>Recover it to carry on where you left off, or discard it for good.</source>
        <translation>恢复即可从上次中断处继续，或将其永久舍弃。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="308"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="309"/>
        <source>&amp;Discard</source>
        <translation>舍弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="328"/>
        <source>Cannot Recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="329"/>
        <source>The unsaved work could not be read back (%1). The file was kept as %2.</source>
        <translation>无法读回未保存的工作（%1）。该文件已保留为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="340"/>
        <source>Recovered unsaved work; save it to keep it.</source>
        <translation>已恢复未保存的工作；请保存以保留。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="368"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="369"/>
        <source>The review in %1 has changes that are not saved.</source>
        <translation>%1 中的复核有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../ui/review/WorkspaceController.cpp" line="372"/>
        <source>Save them before going on?</source>
        <translation>继续之前要保存吗？</translation>
    </message>
</context>
</TS>
