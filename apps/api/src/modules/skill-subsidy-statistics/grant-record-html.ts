import type { StatisticsService } from './statistics.service.js';

type GrantRecord = Awaited<ReturnType<StatisticsService['grantRecord']>>;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const chinese = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * A11: the certificate of "subsidy received / not received" a worker takes to the region they move to, as a
 * page to print (A4 portrait, the print stylesheet hides nothing the paper needs). The ID number is not on it:
 * the receiving office identifies the person by the card; the page carries the name and the issuing region.
 */
export function grantRecordHtml(record: GrantRecord): string {
  const rows = record.items.length
    ? record.items
        .map((i) => {
          const status = i.received ? '已享受' : '未享受';
          const detail = i.grant
            ? `${chinese(i.grant.grantedOn)}，${escape(i.grant.regionName)}，${i.grant.amountYuan}元`
            : i.recovered.length
              ? `曾于${chinese(i.recovered[0]!.grantedOn)}发放，${chinese(i.recovered[0]!.liftedOn)}已全额追回`
              : '—';
          const certs = i.certificates.map((c) => `${escape(c.kindLabel)} ${escape(c.certificateNo)}`).join('<br>') || '—';
          return `<tr><td>${escape(i.occupation)}</td><td>${escape(i.levelLabel)}</td><td>${certs}</td><td class="status">${status}</td><td>${detail}</td></tr>`;
        })
        .join('\n')
    : '<tr><td colspan="5">该人员名下无职业资格证书或职业技能等级证书，未享受技能提升补贴</td></tr>';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>技能提升补贴享受情况证明 — ${escape(record.person.name)}</title>
<style>
  @page { size: A4 portrait; margin: 20mm 18mm; }
  body { font-family: "SimSun", "Songti SC", serif; font-size: 12pt; color: #000; max-width: 174mm; margin: 0 auto; }
  h1 { font-size: 18pt; text-align: center; letter-spacing: 0.2em; margin: 0 0 8mm; }
  table { width: 100%; border-collapse: collapse; margin: 4mm 0 8mm; }
  th, td { border: 1px solid #000; padding: 2mm; text-align: center; vertical-align: middle; }
  td.status { font-weight: bold; }
  .sign { margin-top: 16mm; text-align: right; line-height: 2; }
</style>
</head>
<body>
<h1>技能提升补贴享受情况证明</h1>
<p>兹证明 <strong>${escape(record.person.name)}</strong>（参保地：${escape(record.person.regionName)}）享受失业保险技能提升补贴情况如下（同一职业（工种）同一等级只能享受一次，含在其他统筹地区享受的记录）：</p>
<table>
<thead><tr><th>职业（工种）</th><th>等级</th><th>证书</th><th>是否享受</th><th>发放日期、地区、金额</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>经办人：${escape(record.issuedBy)}</p>
<div class="sign">${escape(record.person.regionName)}社会保险经办机构（盖章）<br>${chinese(record.issuedOn)}</div>
</body>
</html>
`;
}
