#!/usr/bin/env perl
# test/docs/readme_examples.pl — the README's examples are the ones the test suite runs.
#
# Every ```sql block of README.md must appear word for word, in the README's order, as
# consecutive lines of sql/readme.sql, which pg_regress runs; every ```psql block (statements
# with psql's output) likewise in expected/readme.out, which pg_regress compares with what the
# server prints. So an example that stops working, output that changes, or an edit to only
# one side fails the suite. Trailing spaces do not count: psql pads its headers, editors strip
# them. Other blocks (```sh, plain ```) are not SQL and are skipped.
#
# Prints one "ok N - …" or "not ok N - …" line per block (and one for expected/readme_1.out,
# PostgreSQL 18's alternative, see below); exits 1 when any block is missing.
# Perl, not Python: postgresql-common, which every PostgreSQL server package needs, needs Perl.
use strict;
use warnings;
use File::Basename qw(dirname);

chdir(dirname(__FILE__) . '/../..') or die "cannot find the repository: $!\n";

# The lines of a file, without trailing whitespace.
sub read_lines {
    my ($path) = @_;
    open(my $fh, '<:encoding(UTF-8)', $path) or die "$path: $!\n";
    my @lines = map { s/\s+\z//r } <$fh>;
    close($fh);
    return @lines;
}

# The fenced blocks of a Markdown file: [info string, first line number, lines].
sub fenced_blocks {
    my @lines = @_;
    my (@blocks, $current);
    for my $i (0 .. $#lines) {
        if (!$current && $lines[$i] =~ /^```(\S*)$/) {
            $current = [$1, $i + 2, []];
        } elsif ($current && $lines[$i] eq '```') {
            push @blocks, $current;
            undef $current;
        } elsif ($current) {
            push @{$current->[2]}, $lines[$i];
        }
    }
    die "README.md: a ``` block is never closed\n" if $current;
    return @blocks;
}

# The index in @$haystack, from $from on, where the lines @$needle start; -1 when nowhere.
sub find_run {
    my ($haystack, $needle, $from) = @_;
    START: for my $start ($from .. @$haystack - @$needle) {
        for my $k (0 .. $#$needle) {
            next START if $haystack->[$start + $k] ne $needle->[$k];
        }
        return $start;
    }
    return -1;
}

my %target = (sql => 'sql/readme.sql', psql => 'expected/readme.out');
my %lines = map { $_ => [read_lines($target{$_})] } keys %target;
my %next = map { $_ => 0 } keys %target;   # matches must come in the README's order
my ($n, $failed) = (0, 0);

for my $block (fenced_blocks(read_lines('README.md'))) {
    my ($kind, $line, $body) = @$block;
    next unless $target{$kind};
    $n++;
    my $what = "README.md:$line ```$kind block (" . scalar(@$body) . " lines) in $target{$kind}";
    my $at = find_run($lines{$kind}, $body, $next{$kind});
    if (!@$body) {
        print "not ok $n - $what: the block is empty\n";
        $failed++;
    } elsif ($at >= 0) {
        print "ok $n - $what\n";
        $next{$kind} = $at + @$body;
    } else {
        my $anywhere = find_run($lines{$kind}, $body, 0);
        print "not ok $n - $what: ",
          ($anywhere >= 0 ? "found, but before the previous block's match"
                          : "not found; its first line is: $body->[0]"),
          "\n";
        $failed++;
    }
}
for my $kind (sort keys %target) {
    next if grep { $_->[0] eq $kind } fenced_blocks(read_lines('README.md'));
    $n++;
    print "not ok $n - README.md has no ```$kind block: is the fence syntax still ```$kind?\n";
    $failed++;
}

# expected/readme_1.out is what PostgreSQL 18 prints (pg_regress accepts either file): the
# same as expected/readme.out but for EXPLAIN ANALYZE's row counts, which 18 prints with two
# decimals ("actual rows=6.00"). Checked here, so that the two never drift apart: after a
# change to readme.out, readme_1.out is readme.out with that one substitution.
my $alternative = 'expected/readme_1.out';
if (-e $alternative) {
    $n++;
    my @want = map { s/\(actual rows=(\d+) loops=/(actual rows=$1.00 loops=/gr } @{$lines{psql}};
    my @have = read_lines($alternative);
    my $first = (grep { ($want[$_] // '') ne ($have[$_] // '') } 0 .. ($#want > $#have ? $#want : $#have))[0];
    if (defined $first) {
        print "not ok $n - $alternative is $target{psql} with 18's row counts: line ",
          $first + 1, " differs; remake it with: sed 's/(actual rows=\\([0-9]*\\) loops=/",
          "(actual rows=\\1.00 loops=/g' $target{psql} >$alternative\n";
        $failed++;
    } else {
        print "ok $n - $alternative is $target{psql} with 18's row counts\n";
    }
}
exit($failed ? 1 : 0);
