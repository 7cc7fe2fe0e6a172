# logscrub: a static binary in an otherwise empty image.
#   docker build -t logscrub .
#   my-service | docker run -i --rm logscrub > clean.log
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/logscrub ./cmd/logscrub

FROM scratch
COPY --from=build /out/logscrub /logscrub
USER 65532:65532
ENTRYPOINT ["/logscrub"]
