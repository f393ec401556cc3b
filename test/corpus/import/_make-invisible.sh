#!/bin/sh
# Writes the corpus cases whose point is a character you cannot see (zero-width spaces, joiners, a
# byte-order mark, bidi overrides, soft hyphens, fillers, a combining mark, a tab inside a cell), so
# each one is named here instead of hiding in the file. Run from this folder: sh _make-invisible.sh
# (needs printf). Every case but the twins puts one of them in front of a formula character, which
# must be refused as `formula-cell` whatever hides it: the rule runs on the text as it is stored.
set -eu

ZWSP=$(printf '\342\200\213')  # U+200B zero-width space
ZWJ=$(printf '\342\200\215')   # U+200D zero-width joiner
WJ=$(printf '\342\201\240')    # U+2060 word joiner
BOM=$(printf '\357\273\277')   # U+FEFF byte-order mark (zero-width no-break space)
RLO=$(printf '\342\200\256')   # U+202E right-to-left override
SHY=$(printf '\302\255')       # U+00AD soft hyphen
FILLER=$(printf '\343\205\244') # U+3164 Hangul filler
NBSP=$(printf '\302\240')      # U+00A0 no-break space
ACUTE=$(printf '\314\201')     # U+0301 combining acute accent
TAB=$(printf '\t')

# A zero-width space before = and two before +, in the name column of a wide table.
cat > zwsp-formula.csv <<TABLE
指标,2022,2023
${ZWSP}=1+2,1,2
地区生产总值,28839,30355.73
${ZWSP}${ZWSP}+SUM(A1:A9),3,4
TABLE

# A file that starts with a byte-order mark (read as the encoding) and has more inside cells: one
# between a space and + in a source, one inside 广州 and one inside a source, which read as if absent.
{
  printf '\357\273\277'
  cat <<TABLE
指标,地区,年份,数值,来源
地区生产总值,广${BOM}州,2023,30355.73,统计公报
地区生产总值,广州,2022,28839, ${BOM}+A1
地区生产总值,广州,2021,28231.97,统计${BOM}公报
TABLE
} > bom-mid-cell.csv

# A paste from a spreadsheet (tabs) with a word joiner before =.
cat > word-joiner.tsv <<TABLE
指标${TAB}2022${TAB}2023
${WJ}=1+2${TAB}1${TAB}2
高新技术企业数量${TAB}12300${TAB}12400
TABLE

# A right-to-left override before @ in a source, and inside another source, where it would reorder
# the text on screen.
cat > bidi-override.csv <<TABLE
指标,年份,数值,来源
地区生产总值,2023,30355.73,${RLO}@SUM(A1)
地区生产总值,2022,28839,${RLO}统计公报
TABLE

# A soft hyphen before -, and inside a new indicator's name (the name is kept without it).
cat > soft-hyphen.csv <<TABLE
指标,2022,2023
${SHY}-1+2,1,2
专${SHY}利申请量（件）,10,12
TABLE

# A paste saved as text: a Hangul filler (a letter by category, blank on screen) before =, and before
# a catalogue name, which still matches.
cat > hangul-filler.txt <<TABLE
指标${TAB}2023
${FILLER}=1+2${TAB}1
${FILLER}地区生产总值${TAB}30355.73
TABLE

# A comma CSV with a tab inside two cells: before - in a name (a formula) and before -5 in a value
# (a negative number). The tab must not make the sniffer pick tabs, nor be read as a delimiter.
cat > tab-prefixed-minus.csv <<TABLE
指标,2022,2023
${TAB}-1+2,1,2
研发经费投入强度,${TAB}-0.5,3.43
TABLE

# A no-break space before =, and in numbers as a group separator, which still reads.
cat > nbsp-formula.csv <<TABLE
指标,2022,2023
${NBSP}=1+2,1,2
地区生产总值,"28${NBSP}839",30${NBSP}355.73
TABLE

# The reported bypass: =HYPERLINK(…) behind a zero-width space (with a unit bracket, so it would have
# become a custom indicator), and without one.
cat > hyperlink-name.csv <<TABLE
指标,2022,2023
"${ZWSP}=HYPERLINK(""http://x"",""y"")（亿元）",1,2
"=HYPERLINK(""http://x"",""y"")",3,4
地区生产总值,28839,30355.73
TABLE

# Region cells behind and after a zero-width joiner: a formula refused, 广州 recognised, 深圳市 kept.
cat > zwj-region.csv <<TABLE
指标,地区,年份,数值
地区生产总值,${ZWJ}=1+2,2023,1
地区生产总值,广州${ZWJ},2022,28839
地区生产总值,${ZWJ}深圳市,2023,34606.4
TABLE

# A combining mark at the start of a cell, with nothing to combine with: before = and before 广州.
cat > combining-mark.csv <<TABLE
指标,地区,年份,数值
${ACUTE}=1+2,广州,2023,1
地区生产总值,${ACUTE}广州,2023,30355.73
TABLE

# Twins: one name with full-width brackets, with half-width ones, and with a zero-width space inside.
# They are one custom indicator (stored with half-width brackets), not three.
cat > fullwidth-bracket-twins.csv <<TABLE
指标,2021,2022,2023
专利授权量（发明）,8件,,
专利授权量(发明),,10件,
专利授权量${ZWSP}（发明）,,,12件
TABLE
