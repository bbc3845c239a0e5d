# stackcat's container images, built by .github/workflows/release.yml from the static (musl) binaries that
# .github/scripts/package.sh writes: the build context holds dist/linux-amd64/stackcat and
# dist/linux-arm64/stackcat, and buildx picks the one of each platform (TARGETARCH).
#   --target minimal   FROM scratch: the binary alone; everything but drawing graphs in `stackcat site`
#                      (which then shows them as lists of edges, and says so).
#   --target graphviz  Debian slim with Graphviz: `stackcat site` draws its graphs with `dot`. (A static
#                      binary cannot load libgvc into its own Graphviz workers, so every graph is a `dot`.)
# Both run as an unprivileged user in /work: mount the repository there.
#   docker run --rm -v "$PWD:/work" ghcr.io/OWNER/stackcat:0.1.0 validate --strict

FROM debian:12-slim AS graphviz
# Graphviz is not pinned to a Debian version: bookworm's point releases replace it with security fixes,
# and an exact version would stop the image building when they do; the base image's tag is the pin.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends graphviz \
 && rm -rf /var/lib/apt/lists/*
ARG TARGETARCH
COPY --chmod=0755 dist/linux-${TARGETARCH}/stackcat /usr/local/bin/stackcat
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/stackcat"]

FROM scratch AS minimal
ARG TARGETARCH
COPY --chmod=0755 dist/linux-${TARGETARCH}/stackcat /stackcat
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["/stackcat"]
