# bench/lib/plots.gp — time.png and memory.png of bench/run.sh, against the sequence's size.
#
# gnuplot -e "timedat='…'; memdat='…'; outdir='…'; subtitle='…'" bench/lib/plots.gp
# timedat: rows, then the median ms of seqint, generate_series, heap, previous.
# memdat:  rows, then peak RSS MB and temp written MB of each, in the same order.
# "?" marks a missing value (n/a, capped, failed): the line skips it.

set datafile missing "?"
set terminal pngcairo size 1000,650 noenhanced font "DejaVu Sans,11"
set grid
set key top left box opaque
set logscale x
set xrange [5e5:2e8]
set xtics ("1e6" 1e6, "1e7" 1e7, "1e8" 1e8)
set xlabel "rows in the sequence"

# Colors and symbols that stay apart in grey too; generate_series and the previous version
# have large open symbols, so that a filled one they overlap (seqint, often) still shows.
set style line 1 lc rgb "#1b6ac9" lw 2 pt 7 ps 1.2
set style line 2 lc rgb "#d9480f" lw 2 pt 4 ps 2.0
set style line 3 lc rgb "#2b8a3e" lw 2 pt 9 ps 1.5
set style line 4 lc rgb "#7048e8" lw 2 pt 12 ps 2.6 dt 2

set output outdir."/time.png"
set title "SELECT count(*) FROM x WHERE val % 7 = 3: median time (log-log)\n".subtitle
set logscale y
set ylabel "milliseconds"
set format y "%g"
plot timedat using 1:2 with linespoints ls 1 title "seqint_fdw", \
     ''      using 1:3 with linespoints ls 2 title "generate_series", \
     ''      using 1:4 with linespoints ls 3 title "heap table (in shared_buffers)", \
     ''      using 1:5 with linespoints ls 4 title "previous seqint_fdw"

set output outdir."/memory.png"
set terminal pngcairo size 1400,650 noenhanced font "DejaVu Sans,11"
set multiplot layout 1,2 title "SELECT count(*) FROM x WHERE val % 7 = 3, one fresh backend per point\n".subtitle

set title "backend peak RSS (VmHWM), log-log"
set ylabel "MB"
set logscale y
plot memdat using 1:2 with linespoints ls 1 title "seqint_fdw", \
     ''     using 1:4 with linespoints ls 2 title "generate_series", \
     ''     using 1:6 with linespoints ls 3 title "heap (counts shared_buffers it touched)", \
     ''     using 1:8 with linespoints ls 4 title "previous seqint_fdw"

set title "temp files written (EXPLAIN BUFFERS)"
set ylabel "MB"
unset logscale y
set yrange [0:*]
plot memdat using 1:3 with linespoints ls 1 title "seqint_fdw", \
     ''     using 1:5 with linespoints ls 2 title "generate_series", \
     ''     using 1:7 with linespoints ls 3 title "heap", \
     ''     using 1:9 with linespoints ls 4 title "previous seqint_fdw"
unset multiplot
