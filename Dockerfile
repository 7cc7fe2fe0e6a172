# logscrub: a static binary in a minimal image.
#   docker build -t logscrub .
#   my-service | docker run -i --rm logscrub > clean.log
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/logscrub ./cmd/logscrub

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/logscrub /usr/local/bin/logscrub
ENTRYPOINT ["/usr/local/bin/logscrub"]
