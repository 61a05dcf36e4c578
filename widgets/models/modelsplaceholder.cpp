// SPDX-License-Identifier: MIT
// Keeps the static library non-empty until its first model lands; delete when adding one.
namespace Protostar { [[maybe_unused]] static const int kModelsPlaceholder = 0; }
