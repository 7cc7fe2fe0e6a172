# logscrub in a container: a static binary in an otherwise empty image, run
# as a user without privileges.
#
#   docker build --build-arg VERSION=0.1.0 --build-arg COMMIT=$(git rev-parse HEAD) -t logscrub:0.1.0 .
#   my-service | docker run -i --rm logscrub:0.1.0 > clean.log
#   docker run --rm -p 5170:5170 -p 9090:9090 logscrub:0.1.0 --listen tcp://0.0.0.0:5170 --metrics-addr :9090 --forward tcp://collector:5170
#
# The build stage is pinned by digest (the 1.26-bookworm tag as it was when
# pinned; GOTOOLCHAIN=auto fetches the go.mod toolchain if the image's is
# older). The final stage is scratch: nothing but the binary, the CA roots
# (for --forward tls:// against public CAs) and a passwd entry for the user.
# cmd/logscrub/docker_test.go checks this file's structure and runs its
# go build command, then the binary's --version and `go version -m`.

FROM golang:1.26-bookworm@sha256:9fdc884aacc3bec89b20ffc69f4bb369c78210e3e4f600387b5128b12c199f81 AS build
ENV GOTOOLCHAIN=auto
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=0.1.0-dev
ARG COMMIT=unknown
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.Version=${VERSION} -X main.Commit=${COMMIT}" -o /out/logscrub ./cmd/logscrub
RUN printf 'logscrub:x:65532:65532:logscrub:/nonexistent:/sbin/nologin\n' > /out/passwd && \
    printf 'logscrub:x:65532:\n' > /out/group

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/passwd /etc/passwd
COPY --from=build /out/group /etc/group
COPY --from=build /out/logscrub /logscrub
USER 65532:65532
# --listen (a shipper's TCP output) and --metrics-addr (/metrics, /healthz, /readyz).
EXPOSE 5170 9090
ENTRYPOINT ["/logscrub"]
