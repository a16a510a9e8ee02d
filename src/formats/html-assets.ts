/** The report's own style and script, inlined into every page (it loads nothing). */

/** System fonts only: a report opened offline on a 街道 office PC must look the same. */
export const HTML_STYLE = `
:root{--err:#c62828;--err-bg:#ffebee;--warn:#8d5b00;--warn-bg:#fff4d6;--info:#1f4e78;--info-bg:#e8f1fb;--line:#d8dde6;--muted:#5f6b7a;--phase:#9ec5e8;--task:#2f6db5}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1d2733;background:#f6f7f9}
header{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0}
.generated,.meta,.note,.none,.legend{color:var(--muted);margin:4px 0}
main{padding:8px 24px 40px}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:16px 0}
h2{font-size:17px;margin:4px 0}
h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}
thead th{background:#eef2f8;position:sticky;top:0}
td.num{text-align:right;white-space:nowrap}
td.title{min-width:18em;max-width:40em}
td.owner{min-width:6em}
td.deadline{min-width:7em}
td.date,td.phase{white-space:nowrap}
td.section{min-width:8em}
.content{color:var(--muted);font-size:12px;max-height:4.5em;overflow:hidden}
td.where{white-space:nowrap;color:var(--muted);font-size:12px}
td.rules code{display:inline-block;margin:1px 0}
code{font:12px ui-monospace,Consolas,monospace;background:#f0f2f5;padding:0 3px;border-radius:3px}
tr:target{outline:2px solid var(--task);background:#eef5ff}
.gap-error{background:var(--err-bg)}
.gap-warning{background:var(--warn-bg)}
.gap-info{background:var(--info-bg)}
.badge{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;background:#e9ecef}
.badge.error{background:var(--err);color:#fff}
.badge.warning{background:#f0b429;color:#3a2800}
.badge.info{background:var(--info);color:#fff}
input.filter{width:100%;max-width:28em;padding:5px 8px;margin:4px 0 8px;border:1px solid var(--line);border-radius:4px;font:inherit}
.timeline-wrap{overflow-x:auto}
svg.timeline{font-size:12px;background:#fff}
svg .tick{stroke:#e3e7ee}
svg .month{fill:var(--muted)}
svg .label{fill:#1d2733}
svg .label.phase{font-weight:600}
svg rect.phase{fill:var(--phase)}
svg rect.task{fill:var(--task)}
svg rect.task.gap-error{fill:var(--err)}
svg rect.task.gap-warning{fill:#d18b00}
svg a:hover rect{opacity:.75}
.key{display:inline-block;width:14px;height:10px;border-radius:2px;margin:0 4px 0 10px;vertical-align:middle}
.key.phase{background:var(--phase)}
.key.task{background:var(--task)}
table.load{width:auto;min-width:28em}
table.load th{font-weight:normal;white-space:nowrap}
td.meter{width:18em}
td.meter span{display:block;height:10px;background:var(--task);border-radius:2px}
td.count{text-align:right}
@media print{input.filter{display:none}thead th{position:static}section{break-inside:auto}}
`;

/** The filter boxes: hide the task rows that do not contain the text typed. */
export const HTML_SCRIPT = `
document.querySelectorAll('input.filter').forEach(function (input) {
  var table = document.getElementById(input.getAttribute('data-table'));
  if (!table) return;
  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase();
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      tr.hidden = q !== '' && tr.textContent.toLowerCase().indexOf(q) < 0;
    });
  });
});
`;
