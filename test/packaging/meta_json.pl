#!/usr/bin/env perl
# test/packaging/meta_json.pl — META.json is valid PGXN metadata and agrees with the tree.
#
# Checks what the PGXN Meta Spec 1.0.x requires (strict JSON, the required keys and no
# unknown ones, SemVer versions, a known license, tags) and what only this tree can tell:
# the distribution's version is the control file's default_version (1.2 as 1.2.0), the
# files it names exist, and the license it names is the one in LICENSE.
#
# Prints one "ok N - …" or "not ok N - …" line per check; exits 1 when any fails.
# Perl, not Python: postgresql-common, which every PostgreSQL server package needs, needs
# Perl, and JSON::PP is in Perl's core.
use strict;
use warnings;
use File::Basename qw(dirname);
use JSON::PP;

chdir(dirname(__FILE__) . '/../..') or die "cannot find the repository: $!\n";

my ($n, $failed) = (0, 0);

# check(BOOLEAN, WHAT, WHY): one result line. Callers pass BOOLEAN in scalar context: a failed
# match in list context would be an empty list and shift the other arguments.
sub check {
    my ($ok, $what, $why) = @_;
    $n++;
    print $ok ? "ok $n - $what\n" : "not ok $n - $what" . ($why ? ": $why" : '') . "\n";
    $failed++ unless $ok;
    return $ok;
}

sub slurp {
    my ($path) = @_;
    open(my $fh, '<:raw', $path) or return undef;
    local $/;
    return scalar <$fh>;
}

my $semver = qr/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

my $meta = eval { JSON::PP->new->utf8->decode(slurp('META.json') // die "no META.json\n") };
check($meta && ref $meta eq 'HASH', 'META.json is a JSON object', $@ =~ s/\s+\z//r)
  or exit 1;

my @required = qw(name version abstract maintainer license provides meta-spec);
my @optional = qw(description generated_by tags no_index prereqs release_status resources);
my %known = map { $_ => 1 } @required, @optional;
my @missing = grep { !exists $meta->{$_} } @required;
check(!@missing, 'it has every required key', "missing @missing");
my @unknown = grep { !$known{$_} && !/^[xX]_./ } sort keys %$meta;
check(!@unknown, 'it has no key the spec does not define', "unknown @unknown");
check(scalar(($meta->{'meta-spec'}{version} // '') =~ /^1\.0\.\d+$/),
      'meta-spec is version 1.0.x of https://pgxn.org/meta/spec.txt');

my $name = $meta->{name} // '';
my $control = slurp("$name.control");
check(defined $control, "the distribution is named for its extension ($name.control exists)");
my ($default_version) = ($control // '') =~ /^\s*default_version\s*=\s*'([^']*)'/m;
$default_version //= '';
my $version = $meta->{version} // '';
check(scalar($version =~ $semver), "version $version is a SemVer");
(my $short = $version) =~ s/^(\d+\.\d+)\.0$/$1/;
check($short eq $default_version,
      "version $version is the control file's default_version '$default_version'");

my $provides = $meta->{provides} // {};
check(ref $provides eq 'HASH' && exists $provides->{$name}, "it provides the extension $name");
for my $extension (sort keys %$provides) {
    my $p = $provides->{$extension};
    check(($p->{version} // '') eq $version,
          "provides.$extension.version is the distribution's version");
    for my $key (qw(file docfile)) {
        next if $key eq 'docfile' && !exists $p->{$key};
        check(defined $p->{$key} && -f $p->{$key},
              "provides.$extension.$key names a file of the tree", $p->{$key} // 'missing');
    }
}

my $license = $meta->{license} // '';
check(scalar($license eq 'postgresql' && (slurp('LICENSE') // '') =~ /PostgreSQL License/),
      'license "postgresql" is the PostgreSQL License in LICENSE');

my $prereq = $meta->{prereqs}{runtime}{requires}{PostgreSQL} // '';
check(scalar($prereq =~ $semver), "it requires PostgreSQL $prereq (a SemVer)");
my @tags = @{$meta->{tags} // []};
check(@tags && !grep({ !/^[^\/\\\p{Cntrl}]{2,255}$/ } @tags),
      'tags are 2 to 255 characters, without slashes');
check(scalar(!exists $meta->{release_status}
               || $meta->{release_status} =~ /^(?:stable|testing|unstable)$/),
      'release_status is stable, testing or unstable');

exit($failed ? 1 : 0);
