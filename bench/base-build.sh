# Sourced by the bench scripts that compare a base commit with this checkout:
#
#   build_base HOME WORK BASE: sets $commit to BASE's full hash and $build to a folder under WORK
#   that holds that commit's files and built jar, building it (offline Maven, no tests) when it
#   is not there yet; on a failed build prints Maven's log and exits 2.
build_base() {
  local home="$1" work="$2"
  commit="$(git -C "$home" rev-parse --verify "$3^{commit}")"
  build="$work/base-$commit"
  if [ ! -f "$build/target/contentlint.jar" ]; then
    echo "building the base commit ${commit:0:12} in $build ..." >&2
    rm -rf "$build"
    mkdir -p "$build"
    git -C "$home" archive "$commit" | tar -x -C "$build"
    (cd "$build" && mvn -B -ntp -o -q -DskipTests -Dsarif.skip=true package) >"$work/base-build.log" 2>&1 \
      || { cat "$work/base-build.log" >&2; exit 2; }
  fi
}
