#!/usr/bin/env bash
# Builds one OCI image per service with the .NET SDK's built-in container support (no Dockerfile, no daemon
# needed for a registry or an archive). Base image: mcr.microsoft.com/dotnet/aspnet:10.0, non-root user `app`,
# listening on 8080 (ASPNETCORE_HTTP_PORTS), as the Kubernetes manifests expect.
#   deploy/build-images.sh [tag]                                    to the local Docker or Podman daemon
#   REGISTRY=registry.example.com deploy/build-images.sh 1.0.0      pushed to a registry
#   ARCHIVE_DIR=out/images deploy/build-images.sh 1.0.0             one .tar.gz per service (docker load -i ...)
set -euo pipefail
cd "$(dirname "$0")/.."
tag=${1:-dev}

for service in Ordering Inventory Notifications Fulfillment Operations Backoffice; do
  app=${service,,}
  args=(-c Release --os linux --arch "${ARCH:-x64}" -t:PublishContainer
        -p:ContainerRepository="ecommerce/$app" -p:ContainerImageTags="$tag")
  [ -n "${REGISTRY:-}" ] && args+=(-p:ContainerRegistry="$REGISTRY")
  [ -n "${ARCHIVE_DIR:-}" ] && args+=(-p:ContainerArchiveOutputPath="$(realpath -m "$ARCHIVE_DIR")/$app.tar.gz")
  echo "== ecommerce/$app:$tag"
  dotnet publish "services/$service/$service.csproj" "${args[@]}"
done
