#!/bin/sh
# Writes the corpus cases that are not UTF-8 text, so their bytes can be reviewed as source here.
# Run from this folder: sh _make-encoded.sh (needs iconv, printf).
set -eu

# A yearbook table as Excel on Chinese Windows saves it: GB18030 (a superset of GBK), CRLF, a title
# line, a 单位 line, trailing empty cells, a blank value and footnotes.
iconv -f UTF-8 -t GB18030 > gb18030-yearbook.csv <<'TABLE'
表3-12 广州市主要科技指标（2019—2023年）,,,,,
,,,,,单位：亿元
指标,2019年,2020年,2021年,2022年,2023年
研究与试验发展经费内部支出,677.74,774.84,881.72,988.36,—
技术合同成交额,1273.16,2256.52,2413.06,2645.50,
研究与试验发展经费支出占地区生产总值比重（%）,2.87,3.10,3.12,3.43,
高新技术企业数（家）,12174,11610,12000,12300,
注：1. 2023年数据为快报数。,,,,,
资料来源：广州市统计局、广州市科学技术局。,,,,,
TABLE
sed -i 's/$/\r/' gb18030-yearbook.csv

# Excel's "Unicode text": UTF-16 LE with a byte-order mark, tab-separated, CRLF.
{
  printf '\377\376'
  printf '指标\t2021\t2022\t2023\r\n登记技术合同成交额\t2413.06\t2645.5\t\r\n地区生产总值\t28231.97\t28839\t30355.73\r\n' | iconv -f UTF-8 -t UTF-16LE
} > utf16le-excel-unicode.txt

# An .xlsx uploaded by mistake: the ZIP local-file signature PK\3\4 and then anything.
printf 'PK\003\004\024\000\006\000\010\000\000\000!\000' > xlsx-signature.xlsx

# A CSV with NUL bytes on its third line, as a broken export or a renamed binary gives.
printf '指标,2023\nGDP,30355.73\nx\000y,1\n' > nul-bytes.csv

# A UTF-8 file with a byte-order mark, as Excel's "CSV UTF-8" saves it.
{
  printf '\357\273\277'
  printf 'indicator,year,value\nrd_gdp_ratio,2021,3.12\nrd_gdp_ratio,2022,3.43\n'
} > utf8-bom-long.csv
